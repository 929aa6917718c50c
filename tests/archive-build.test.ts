import { beforeAll, describe, expect, it } from 'vitest';
import { buildArchive } from '../src/lib/archive/build.ts';
import type { Archive } from '../src/lib/archive/model.ts';
import { toArchiveJson } from '../src/lib/archive/to-json.ts';
import { loadContentFolder } from '../src/lib/content-folder.ts';
import { readMinutesFile } from '../src/lib/minutes/load-folder.ts';
import { fixtureArchive } from '../tools/test-sites.ts';

let archive: Archive;

beforeAll(async () => {
  const folder = await loadContentFolder(fixtureArchive);
  expect(folder.problems).toEqual([]);
  archive = buildArchive({ ...folder, base: '/sub/' });
});

const meeting = (id: string) => archive.meetingsById.get(id)!;
const section = (id: string, anchor: string) =>
  meeting(id).sections.find((s) => s.anchor === anchor)!;

describe('people', () => {
  it('puts every spelling of a person on one person', () => {
    const juergen = archive.peopleById.get('juergen-weiss')!;
    expect(juergen.spellings).toEqual(
      expect.arrayContaining([
        'Jürgen Weiß',
        'Juergen Weiss (Chair)',
        'Juergen Weiss',
        'Jürgen',
        'Juergen',
      ]),
    );
    expect(juergen.attended).toHaveLength(10);
    expect(juergen.url).toBe('/sub/people/juergen-weiss/');
    expect(meeting('2024-02-07-development-call').attendees[0]).toEqual({
      name: 'Juergen Weiss (Chair)',
      person: 'juergen-weiss',
    });
  });

  it('resolves a first name in the text when one attendee has it, and links it', () => {
    const attestation = section('2024-05-22-development-call', 'attestation-driver-and-proxy');
    expect(attestation.people).toContain('ines-duarte');
    expect(attestation.html).toContain(
      '<a href="/sub/people/ines-duarte/" class="person-link">Inês</a> showed',
    );
  });

  it('keeps what each person reported: the bullets that name them', () => {
    const ines = archive.peopleById.get('ines-duarte')!;
    expect(ines.mentions.find((m) => m.anchor === 'attestation-driver-and-proxy')?.bullets).toEqual(
      [
        'Inês showed the attestation proxy running on the host.',
        'Inês will switch to an elliptic curve key instead.',
      ],
    );
  });

  it('keeps an ambiguous first name unresolved and reports it', () => {
    expect(section('2024-03-13-development-call', 'virtio-blk-driver').people).not.toContain(
      'carlos-ruiz',
    );
    expect(archive.unresolved).toContainEqual({
      name: 'Carlos',
      meeting: '2024-03-13-development-call',
      reason: 'ambiguous',
      candidates: ['carlos-ruiz', 'carlos-mendes'],
    });
  });

  it('resolves a first name in minutes without an attendee list when one person in the archive has it', () => {
    expect(section('2024-11-20-development-call', 'unsafe-block-documentation').actions).toEqual([
      expect.objectContaining({
        owner: 'tomasz-nowak',
        text: 'Tomasz will document the remaining unsafe blocks in small PRs.',
      }),
    ]);
  });

  it('gives no page to a person marked page: false, and leaves their name as text', () => {
    expect(archive.peopleById.get('oskar-berg')?.url).toBeNull();
    expect(section('2024-05-22-development-call', 'attestation-driver-and-proxy').html).toContain(
      '<li class="is-suggestion">Oskar suggested',
    );
  });

  it('leaves a person marked page: false out of every meeting in archive.json', () => {
    const json = toArchiveJson(archive);
    const may = json.meetings.find((m) => m.id === '2024-05-22-development-call')!;
    // The name stays as written; only the link to the person (a way to gather them) goes.
    expect(may.attendees).toContainEqual({ name: 'Oskar Berg', person: null });
    const attestation = may.sections.find((s) => s.anchor === 'attestation-driver-and-proxy')!;
    const oskars = attestation.suggestions.filter((s) => s.text.includes('Oskar suggested'));
    expect(oskars.map((s) => s.owner)).toEqual([null]);
    expect(JSON.stringify(json.meetings)).not.toContain('oskar-berg');
    // Everyone else keeps their links.
    expect(attestation.people).toContain('ines-duarte');
  });
});

describe('action items and decisions', () => {
  it('finds commitments with their owner and ignores reports of past work', () => {
    const texts = archive.actions.map((action) => `${action.owner}: ${action.text}`);
    expect(texts).toContain('priya-natarajan: Priya will open an issue on the tooling repository.');
    expect(texts).toContain('ines-duarte: Inês will switch to an elliptic curve key instead.');
    expect(texts.some((text) => text.includes('merged the new slab allocator'))).toBe(false);
  });

  it('takes explicit <Action> components with their owner', () => {
    expect(section('2025-01-15-development-call', 'persistent-state').actions).toEqual([
      expect.objectContaining({
        owner: 'mei-lin',
        ownerName: 'Mei Lin',
        text: 'Write a design document for the encrypted state store.',
      }),
    ]);
  });

  it('lists actions newest first and puts them on the owner page', () => {
    expect(archive.actions[0]?.meeting).toBe('2025-11-19-development-call');
    expect(archive.peopleById.get('mei-lin')?.actions.map((action) => action.meeting)).toContain(
      '2025-01-15-development-call',
    );
  });

  it('marks decisions on the meeting page', () => {
    const switchToIgvm = section(
      '2024-02-07-development-call',
      'igvm-files-as-the-standard-boot-path',
    );
    expect(switchToIgvm.decisions).toEqual([
      'Decision to keep the stage1 path for one more release.',
    ]);
    expect(switchToIgvm.html).toContain('<li class="is-decision">Decision to keep the stage1 path');
  });
});

describe('topics', () => {
  it('tags sections by heading (primary) and body (mention), whatever the spelling', () => {
    expect(section('2024-03-13-development-call', 'virtio-blk-driver').topics).toContainEqual({
      id: 'virtio-blk',
      kind: 'primary',
    });
    expect(
      section('2025-09-10-development-call', 'virtio-block-performance').topics,
    ).toContainEqual({ id: 'virtio-blk', kind: 'primary' });
    expect(section('2025-01-15-development-call', 'persistent-state').topics).toEqual(
      expect.arrayContaining([
        { id: 'persistence', kind: 'primary' },
        { id: 'virtio-blk', kind: 'mention' },
      ]),
    );
  });

  it('lists a topic timeline oldest first, with first and last dates and monthly activity', () => {
    const virtio = archive.topicsById.get('virtio-blk')!;
    expect(virtio.entries.map((entry) => `${entry.date} ${entry.kind} ${entry.heading}`)).toEqual([
      '2024-03-13 primary Virtio-Blk driver',
      '2024-05-22 primary VirtIO Block follow-up',
      '2025-01-15 mention Persistent state',
      '2025-04-16 mention Block device encryption',
      '2025-09-10 primary Virtio-Block performance',
    ]);
    expect([virtio.firstDate, virtio.lastDate, virtio.meetingCount]).toEqual([
      '2024-03-13',
      '2025-09-10',
      5,
    ]);
    expect(virtio.activity.find((month) => month.month === '2024-03')?.count).toBe(1);
    expect(virtio.activity).toHaveLength(22);
  });

  it('shows only the bullets that mention a topic on its timeline, and all bullets of a section about it', () => {
    const virtio = archive.topicsById.get('virtio-blk')!;
    expect(virtio.entries[2]?.bullets).toEqual([
      'Mei proposed storing persistent state on a VirtIO-Blk device.',
    ]);
    expect(virtio.entries[0]?.bullets).toHaveLength(3);
  });

  it('links each section to the previous and next discussion of its topics in other meetings', () => {
    const nav = section('2024-05-22-development-call', 'virtio-block-follow-up').topicNavigation;
    const virtio = nav.find((entry) => entry.topic === 'virtio-blk');
    expect(virtio?.previous?.url).toBe(
      '/sub/meetings/2024-03-13-development-call/#virtio-blk-driver',
    );
    expect(virtio?.next?.url).toBe('/sub/meetings/2025-01-15-development-call/#persistent-state');
  });
});

describe('references and report', () => {
  it('links PR and issue numbers to the configured repository', () => {
    expect(section('2024-02-07-development-call', 'review-process').html).toContain(
      '<a href="https://github.com/quokka-example/quokka/pull/41">#41</a>',
    );
    expect(section('2024-03-13-development-call', 'virtio-blk-driver').html).toContain(
      '/issues/52',
    );
  });

  it("links references with the URL shapes of the repository's host, and never guesses one", () => {
    const read = readMinutesFile(
      'minutes/2025-03-05-team-call.md',
      "---\ntitle: 'Team call'\ndate: '2025-03-05'\nseries: Team call\n---\n\n## Review\n\n- Lena opened PR 31 for issue #27.\n",
    );
    const html = (repository: string) =>
      buildArchive({
        minutes: [read.minutes!],
        people: [],
        topics: [],
        site: { title: 'Team', description: '', repository },
        base: '/',
      }).meetings[0]!.sections[0]!.html;
    const gitlab = html('https://gitlab.example.org/team/app');
    expect(gitlab).toContain(
      '<a href="https://gitlab.example.org/team/app/-/merge_requests/31">31</a>',
    );
    expect(gitlab).toContain('<a href="https://gitlab.example.org/team/app/-/issues/27">#27</a>');
    const unknown = html('https://git.example.org/team/app');
    expect(unknown).toContain('opened PR 31 for issue #27.');
    expect(unknown).not.toContain('<a');
  });

  it('reports sections without a topic', () => {
    expect(archive.report.sectionsWithoutTopic).toContainEqual({
      meeting: '2024-02-07-development-call',
      anchor: 'review-process',
    });
  });
});
