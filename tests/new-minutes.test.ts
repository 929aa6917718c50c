import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNextMinutes, NewMinutesError } from '../src/lib/importer/new-minutes.ts';
import { findMdxProblems } from '../src/lib/importer/to-mdx.ts';

let contentDir: string;

async function addMeeting(name: string, frontmatter: string): Promise<void> {
  await writeFile(
    path.join(contentDir, 'minutes', name),
    `---\n${frontmatter}---\n\n## Topics:\n\n* Something.\n`,
  );
}

beforeEach(async () => {
  contentDir = await mkdtemp(path.join(tmpdir(), 'new-minutes-'));
  await mkdir(path.join(contentDir, 'minutes'));
  await addMeeting(
    '2024-03-05-widget-sync.mdx',
    "title: Widget Sync (March 5, 2024)\ndate: '2024-03-05'\nseries: Widget Sync\nattendees: [Ada Quill, Bo Ströme]\n",
  );
  await addMeeting(
    '2024-03-12-widget-sync.mdx',
    "title: Widget Sync (March 12, 2024)\ndate: '2024-03-12'\nseries: Widget Sync\nattendees: [Ada Quill, Cy Lin]\n",
  );
  await addMeeting(
    '2024-02-01-board.mdx',
    'title: Board (February 1, 2024)\ndate: 2024-02-01\nseries: Board\nattendees: [Dee Ray]\n',
  );
  await writeFile(
    path.join(contentDir, 'minutes', '2024-03-13-broken.mdx'),
    '---\ntitle: [\n---\n',
  );
});
afterEach(async () => {
  await rm(contentDir, { recursive: true, force: true });
});

describe('createNextMinutes', () => {
  it("defaults to today and the latest meeting's series, copying its attendees", async () => {
    const result = await createNextMinutes({ contentDir, today: new Date(2024, 2, 19, 23, 30) });
    expect(result.file).toBe(path.join(contentDir, 'minutes', '2024-03-19-widget-sync.mdx'));
    expect(result.copiedFrom).toBe('2024-03-12-widget-sync.mdx');
    expect(result.copied).toBe(2);
    expect(await readFile(result.file, 'utf8')).toBe(
      [
        '---',
        'title: Widget Sync (March 19, 2024)',
        "date: '2024-03-19'",
        'series: Widget Sync',
        'attendees:',
        '  - Ada Quill',
        '  - Cy Lin',
        'draft: true',
        '---',
        '',
        '## Topics:',
        '',
        '{/* One "### Topic:" heading per topic, each followed by "* " bullets. */}',
        '',
      ].join('\n'),
    );
  });

  it('writes a body the site can render', async () => {
    const result = await createNextMinutes({ contentDir, date: '2024-04-01' });
    expect(findMdxProblems(result.content.split('---\n')[2] ?? '')).toEqual([]);
  });

  it('takes the attendees of the named series, matched by name or slug', async () => {
    const result = await createNextMinutes({ contentDir, series: 'board', date: '2024-03-01' });
    expect(result.file.endsWith('2024-03-01-board.mdx')).toBe(true);
    expect(result.content).toContain('series: Board\nattendees:\n  - Dee Ray\n');
  });

  it('copies from the latest meeting that lists attendees, never claiming to copy an empty list', async () => {
    await addMeeting(
      '2024-03-19-widget-sync.md',
      "title: Widget Sync (March 19, 2024)\ndate: '2024-03-19'\nseries: Widget Sync\n",
    );
    const result = await createNextMinutes({ contentDir, date: '2024-03-26' });
    expect(result.copiedFrom).toBe('2024-03-12-widget-sync.mdx');
    expect(result.copied).toBe(2);
    expect(result.content).toContain('attendees:\n  - Ada Quill\n  - Cy Lin\n');
  });

  it('writes a draft, which the production build leaves out until someone publishes it', async () => {
    const result = await createNextMinutes({ contentDir, date: '2024-04-02' });
    expect(result.content).toMatch(/\ndraft: true\n---\n/u);
  });

  it('starts a new series with an empty attendee list', async () => {
    const result = await createNextMinutes({
      contentDir,
      series: 'Design Review',
      date: '2024-03-20',
    });
    expect(result.copiedFrom).toBeUndefined();
    expect(result.copied).toBe(0);
    expect(result.content).toContain('title: Design Review (March 20, 2024)\n');
    expect(result.content).toContain('attendees: []\n');
  });

  it('refuses to overwrite an existing file', async () => {
    const existing = path.join(contentDir, 'minutes', '2024-03-12-widget-sync.mdx');
    const before = await readFile(existing, 'utf8');
    await expect(createNextMinutes({ contentDir, date: '2024-03-12' })).rejects.toThrow(
      new NewMinutesError(`${existing} already exists; not overwriting it`),
    );
    expect(await readFile(existing, 'utf8')).toBe(before);
  });

  it('rejects a date that is not a calendar day', async () => {
    await expect(createNextMinutes({ contentDir, date: '2024-02-30' })).rejects.toThrow(
      '--date 2024-02-30 is not a calendar date in the form YYYY-MM-DD',
    );
  });

  it('asks for a series when there are no minutes yet', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'new-minutes-empty-'));
    await mkdir(path.join(empty, 'minutes'));
    try {
      await expect(createNextMinutes({ contentDir: empty, date: '2024-01-01' })).rejects.toThrow(
        `no minutes in ${path.join(empty, 'minutes')} to take the series from; pass --series "<name>"`,
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
