import { beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../src/lib/archive/model.ts';
import { createTopicPage, topicPageLimits } from '../src/lib/views/topic-page.ts';
import { listTopics } from '../src/lib/views/topics-index.ts';
import { buildTinyArchive } from './support/tiny-archive.ts';

const people = `
- id: ada-quill
  name: Ada Quill
- id: bo-marsh
  name: Bo Marsh
`;
const topics = `
- id: paging
  name: Paging
  description: Page tables.
  aliases: [huge pages]
- id: builds
  name: Builds
  description: The build.
`;

let archive: Archive;
beforeAll(async () => {
  archive = await buildTinyArchive(
    [
      {
        date: '2024-06-05',
        attendees: ['Ada Quill', 'Bo Marsh'],
        body: '## Topics\n\n### Paging\n\n- Ada showed the walker.\n- Decision to keep four levels.\n',
      },
      {
        date: '2025-02-12',
        attendees: ['Ada Quill'],
        body:
          '## Topics\n\n### Builds\n\n- The build is slow; huge pages might help.\n- Decision to cache the toolchain.\n\n' +
          '### Paging\n\n- Ada Quill will port the walker.\n- One.\n- Two.\n- Three.\n- Four.\n',
      },
      {
        date: '2025-03-19',
        attendees: ['Bo Marsh'],
        body: '## Topics\n\n### Paging\n\n- Bo Marsh will review the port.\n',
      },
      {
        date: '2025-04-23',
        attendees: ['Ada Quill'],
        body: '## Topics\n\n### Paging\n\n- Ada Quill finished porting the walker.\n',
      },
    ],
    { people, topics },
  );
});
const page = () => createTopicPage(archive.topicsById.get('paging')!, archive);

describe('a topic page', () => {
  it('tells the discussions by year, oldest first, with only the newest year open', () => {
    expect(
      page().discussions.map((year) => [
        year.year,
        year.id,
        year.open,
        year.entries.map((e) => e.date),
      ]),
    ).toEqual([
      [2024, 'discussions-2024', false, ['2024-06-05']],
      [2025, 'discussions-2025', true, ['2025-02-12', '2025-03-19', '2025-04-23']],
    ]);
  });

  it('keeps passing mentions apart, counted, with the bullets that mention the topic', () => {
    const { mentions } = page();
    expect(mentions.count).toBe(1);
    expect(mentions.years[0]!.entries[0]).toMatchObject({
      heading: 'Builds',
      kind: 'mention',
      bullets: ['The build is slow; huge pages might help.'],
    });
  });

  it('shows the first bullets of a long discussion and counts the rest', () => {
    const long = page().discussions[1]!.entries[0]!;
    expect(long.bullets).toHaveLength(topicPageLimits.bulletsPerEntry);
    expect(long.moreBullets).toBe(5 - topicPageLimits.bulletsPerEntry);
  });

  it('carries what happened next with each commitment', () => {
    const walker = page().keyMoments.commitments.shown.find((c) => c.text.includes('walker'))!;
    expect(walker.next?.map((link) => link.date)).toEqual(['2025-04-23']);
  });

  it('says where the story stands: the latest discussion', () => {
    expect(page().latest).toMatchObject({ date: '2025-04-23', heading: 'Paging' });
  });

  it('gathers the decisions and commitments of its discussions, newest first, not of mentions', () => {
    const { decisions, commitments } = page().keyMoments;
    expect(decisions.shown.map((d) => [d.text, d.url])).toEqual([
      ['Decision to keep four levels.', '/meetings/2024-06-05-weekly-call/#paging'],
    ]);
    expect(commitments.shown.map((c) => [c.date, c.text])).toEqual([
      ['2025-03-19', expect.stringContaining('review the port')],
      ['2025-02-12', expect.stringContaining('port the walker')],
    ]);
  });
});

describe('the list of topics', () => {
  it('puts the most discussed first, ties by name, and the topics nobody discussed apart', () => {
    const topic = (name: string, meetingCount: number) => ({ name, meetingCount });
    const { discussed, quiet } = listTopics([
      topic('Vsock', 0),
      topic('Paging', 2),
      topic('Builds', 5),
      topic('Attestation', 2),
      topic('Firmware', 0),
    ]);
    expect(discussed.map((t) => t.name)).toEqual(['Builds', 'Attestation', 'Paging']);
    expect(quiet.map((t) => t.name)).toEqual(['Firmware', 'Vsock']);
  });
});
