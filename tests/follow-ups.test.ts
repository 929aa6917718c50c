import { describe, expect, it } from 'vitest';
import { buildArchive } from '../src/lib/archive/build.ts';
import { linkFollowUps } from '../src/lib/archive/follow-ups.ts';
import type { Meeting } from '../src/lib/archive/model.ts';
import { createUrls } from '../src/lib/urls.ts';
import { readMinutesFile } from '../src/lib/minutes/load-folder.ts';
import type { ActionItem, MinutesFile } from '../src/lib/types.ts';

const minutes = (date: string, body: string): MinutesFile => {
  const text = `---\ntitle: 'Team call ${date}'\ndate: '${date}'\nseries: Team call\nattendees: [Ada Kovács, Ben Osei]\n---\n\n${body}\n`;
  const read = readMinutesFile(`minutes/${date}-team-call.mdx`, text);
  if (!read.minutes) throw new Error(JSON.stringify(read.problems));
  return read.minutes;
};

describe('what happened next', () => {
  const archive = buildArchive({
    minutes: [
      minutes(
        '2025-01-08',
        '## Topics\n\n### Loader\n\n- Ada will rework the loader error messages.',
      ),
      minutes(
        '2025-01-15',
        '## Topics\n\n### Release\n\n- Ben tagged the release.\n\n### Loader\n\n- Ada posted the reworked loader error messages.',
      ),
      minutes(
        '2025-01-22',
        '## Topics\n\n### Firmware\n\n- Ada asked about the firmware timeline.',
      ),
      minutes('2025-01-29', '## Topics\n\n### Loader\n\n- Ada merged the loader series.'),
    ],
    people: [],
    topics: [{ id: 'loader', name: 'Loader', description: '', aliases: [], related: [] }],
    site: { title: 't', description: '' },
    base: '/',
  });

  it('links a commitment to later sections naming its owner on its topic or its terms', () => {
    const action = archive.actions.find((a) => a.meeting === '2025-01-08-team-call');
    expect(action?.next?.map((link) => `${link.meeting}#${link.anchor}`)).toEqual([
      '2025-01-15-team-call#loader',
      '2025-01-29-team-call#loader',
    ]);
    // The same links on the meeting's own section, for its Outcomes box.
    const section = archive.meetingsById.get('2025-01-08-team-call')?.sections[0];
    expect(section?.actions[0]?.next).toEqual(action?.next);
  });

  it('links a commitment late in a long archive to the sections right after it', () => {
    // Ada is in every call: the sections before the commitment are many, and none of them counts.
    const day = (n: number) => new Date(Date.UTC(2024, 0, 3 + 7 * n)).toISOString().slice(0, 10);
    const calls = Array.from({ length: 80 }, (_, n) =>
      minutes(
        day(n),
        n === 70
          ? '## Topics\n\n### Loader\n\n- Ada will rework the loader error messages.'
          : '## Topics\n\n### Loader\n\n- Ada reported on the loader.',
      ),
    );
    const long = buildArchive({
      minutes: calls,
      people: [],
      topics: [{ id: 'loader', name: 'Loader', description: '', aliases: [], related: [] }],
      site: { title: 't', description: '' },
      base: '/',
    });
    const action = long.actions.find((a) => a.meeting === `${day(70)}-team-call`);
    expect(action?.next?.map((link) => link.meeting)).toEqual(
      [71, 72, 73].map((n) => `${day(n)}-team-call`),
    );
  });

  it('finds the same sections as reading every later section of every pool would', () => {
    // Small random archives (no pool longer than the scan limit): the links must be those of the
    // plain rule, each later section of an owner (or of the topic, for the group) that shares the
    // topic or two key terms, the first three by meeting, ties in the order they were found.
    const words = ['loader', 'firmware', 'paging', 'release', 'vsock', 'tracing', 'allocator'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pick = <T>(items: readonly T[], count: number) => [
      ...new Set(Array.from({ length: count }, () => items[random(items.length)]!)),
    ];
    const urls = createUrls('/');
    for (let round = 0; round < 40; round++) {
      const meetings = Array.from({ length: 12 }, (_, at) => ({
        id: `m${at}`,
        date: `2025-01-${String(at + 1).padStart(2, '0')}`,
        title: `Call ${at}`,
        sections: Array.from({ length: 1 + random(3) }, (_, s) => ({
          anchor: `s${s}`,
          heading: pick(words, 1).join(' '),
          bullets: [pick(words, 3).join(' ')],
          topics: pick(['a', 'b', 'c'], random(3)).map((id) => ({ id })),
          people: pick(['ada', 'ben', 'cy'], random(3)),
        })),
      })) as unknown as Meeting[];
      const actions = meetings.flatMap((meeting) =>
        meeting.sections.map(
          (section): ActionItem =>
            ({
              meeting: meeting.id,
              section: section.anchor,
              text: pick(words, 3).join(' '),
              owners: pick(['ada', 'ben', 'cy'], random(3)),
            }) as unknown as ActionItem,
        ),
      );
      const plain = actions.map((action) => {
        const at = meetings.findIndex((meeting) => meeting.id === action.meeting);
        const origin = meetings[at]!.sections.find((section) => section.anchor === action.section)!;
        const topics = new Set(origin.topics.map((tag) => tag.id));
        const terms = new Set(action.text.split(' '));
        const found = new Map<string, { at: number; link: string }>();
        const pools = action.owners.length > 0 ? action.owners : [...topics];
        for (const pool of pools)
          meetings.forEach((meeting, later) => {
            if (later <= at) return;
            for (const section of meeting.sections) {
              const inPool =
                action.owners.length > 0
                  ? section.people.includes(pool)
                  : section.topics.some((tag) => tag.id === pool);
              if (!inPool) continue;
              const own = new Set(`${section.heading} ${section.bullets.join(' ')}`.split(' '));
              const shared = [...terms].filter((term) => own.has(term)).length;
              if (section.topics.some((tag) => topics.has(tag.id)) || shared >= 2)
                found.set(`${meeting.id}#${section.anchor}`, {
                  at: later,
                  link: `${meeting.id}#${section.anchor}`,
                });
            }
          });
        return [...found.values()]
          .sort((a, b) => a.at - b.at)
          .slice(0, 3)
          .map((entry) => entry.link);
      });
      const linked = linkFollowUps(actions, meetings, urls).map((action) =>
        (action.next ?? []).map((link) => `${link.meeting}#${link.anchor}`),
      );
      expect(linked).toEqual(plain);
    }
  });
});
