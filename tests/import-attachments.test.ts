/** Slides and images the minutes link to: copied at import, checked and published by the build. */
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildArchive } from '../src/lib/archive/build.ts';
import { loadContentFolder } from '../src/lib/content-folder.ts';
import { importFiles } from '../src/lib/importer/import-archive.ts';
import { resolveSource } from '../src/lib/importer/sources.ts';
import { isLocalTarget } from '../src/lib/minutes/attachments.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures/import');
let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'import-attachments-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function importSlides(sourceUrl?: string) {
  const source = await resolveSource('slides', { cwd: fixtures, subfolder: 'Meetings', sourceUrl });
  const outDir = path.join(work, 'content', 'minutes');
  return { reports: await importFiles(source.files, { outDir }), outDir };
}

describe('attachments at import', () => {
  it('copies a linked local file next to the minutes and keeps the link pointing at it', async () => {
    const { reports, outDir } = await importSlides();
    const first = reports[0];
    expect(first?.status).toBe('imported');
    expect(first?.attachments).toEqual(['Data/widget-slides.pdf']);
    expect(await readFile(path.join(outDir, 'Data/widget-slides.pdf'))).toEqual(
      await readFile(path.join(fixtures, 'slides/Meetings/Data/widget-slides.pdf')),
    );
    expect(await readFile(first?.output ?? '', 'utf8')).toContain(
      '[Slides](Data/widget-slides.pdf)',
    );
  });

  it('copies no file a symbolic link in the source points to outside it', async () => {
    const slides = path.join(work, 'slides');
    await cp(path.join(fixtures, 'slides'), slides, { recursive: true });
    const secret = path.join(work, 'id_ed25519');
    await writeFile(secret, 'PRIVATE KEY');
    const linked = path.join(slides, 'Meetings/Data/widget-slides.pdf');
    await rm(linked);
    await symlink(secret, linked);
    const source = await resolveSource('slides', { cwd: work, subfolder: 'Meetings' });
    const outDir = path.join(work, 'content', 'minutes');
    const [first] = await importFiles(source.files, { outDir });
    expect(first?.attachments ?? []).toEqual([]);
    expect(first?.warnings).toContainEqual(
      expect.objectContaining({
        message: 'links to Data/widget-slides.pdf, which is outside the source; kept as written',
        line: expect.any(Number) as number,
      }),
    );
    await expect(readFile(path.join(outDir, 'Data/widget-slides.pdf'))).rejects.toThrow();
  });

  it('warns, with the line, about a link to a local file the source does not have', async () => {
    const { reports } = await importSlides();
    expect(reports[1]?.warnings).toContainEqual(
      expect.objectContaining({
        message:
          'links to Data/missing-notes.pdf, which is not in the source: the build fails on this link until the file is next to the minutes',
        line: 11,
      }),
    );
  });

  it('links a missing file to its upstream copy when the upstream is known', async () => {
    const { reports } = await importSlides('https://github.com/example/governance/blob/main');
    const second = reports[1];
    expect(await readFile(second?.output ?? '', 'utf8')).toContain(
      '[the notes](https://github.com/example/governance/blob/main/Meetings/Data/missing-notes.pdf)',
    );
    expect(second?.warnings[0]?.message).toBe(
      'Data/missing-notes.pdf is not in the source; linked to its upstream copy https://github.com/example/governance/blob/main/Meetings/Data/missing-notes.pdf',
    );
  });
});

describe('attachments in the build', () => {
  it('fails naming file and line for a link to a missing local file', async () => {
    await importSlides();
    const folder = await loadContentFolder(path.join(work, 'content'));
    expect(folder.problems).toContainEqual(
      expect.objectContaining({
        file: 'minutes/2024-06-12-widget-development-call.mdx',
        line: expect.any(Number) as number,
        message:
          'links to Data/missing-notes.pdf, but minutes/Data/missing-notes.pdf does not exist',
        note: 'Add the file next to the minutes (npm run import copies linked files) or fix the link.',
      }),
    );
  });

  it('publishes a linked file and points links and images at the published copy', async () => {
    await importSlides();
    const minutes = path.join(work, 'content', 'minutes');
    await rm(path.join(minutes, '2024-06-12-widget-development-call.mdx'));
    await mkdir(path.join(minutes, 'Data'), { recursive: true });
    await writeFile(path.join(minutes, 'Data', 'extra.png'), 'not really a png');
    const folder = await loadContentFolder(path.join(work, 'content'));
    expect(folder.problems).toEqual([]);
    const archive = buildArchive({
      minutes: folder.minutes,
      people: [],
      topics: [],
      site: { title: 't', description: 'd' },
      base: '/minutes/',
    });
    expect(archive.attachments).toEqual(['Data/widget-slides.pdf']);
    const html = archive.meetings[0]?.sections.map((section) => section.html).join('\n') ?? '';
    expect(html).toContain('<a href="/minutes/files/Data/widget-slides.pdf">Slides</a>');
    expect(html).toContain(
      '<img src="/minutes/files/Data/widget-slides.pdf" alt="Storage diagram">',
    );
  });
});

describe('a copied source', () => {
  it('keeps attachments in a nested layout relative to the minutes folder', async () => {
    const source = path.join(work, 'source');
    await cp(path.join(fixtures, 'slides'), source, { recursive: true });
    await mkdir(path.join(source, 'Meetings', '2024'), { recursive: true });
    await writeFile(
      path.join(source, 'Meetings', '2024', 'call-2024-07-03.md'),
      '# Meeting: Widget Development Call (July 3rd, 2024)\n\n* [Deck](../Data/widget-slides.pdf)\n',
    );
    const resolved = await resolveSource(source, { cwd: work, subfolder: 'Meetings' });
    const reports = await importFiles(resolved.files, { outDir: path.join(work, 'out') });
    const nested = reports.find((report) => report.file === 'Meetings/2024/call-2024-07-03.md');
    expect(await readFile(nested?.output ?? '', 'utf8')).toContain(
      '[Deck](Data/widget-slides.pdf)',
    );
  });
});

describe('what counts as a local file', () => {
  it.each([
    ['Data/slides.pdf', true],
    ['../img/diagram.png', true],
    ['notes.pdf#page=2', true],
    ['https://example.org/x.pdf', false],
    ['mailto:ada@example.org', false],
    ['#section', false],
    ['/images/logo.png', false],
    ['//cdn.example.org/x.png', false],
    ['java\tscript:alert(1)', false],
    ['\u0007javascript:alert(1)', false],
    ['\u200b\u200bhttps://example.org/pull/1', false],
  ])('%j → %s', (url, local) => {
    expect(isLocalTarget(url)).toBe(local);
  });
});

describe('in-page links written against GitHub', () => {
  it('find a group heading and a lower-case anchor', () => {
    const archive = buildArchive({
      minutes: [
        {
          id: '2024-06-05-group',
          file: 'minutes/2024-06-05-group.md',
          format: 'md',
          frontmatter: {
            title: 'Group (June 5, 2024)',
            date: '2024-06-05',
            series: 'Group',
            attendees: [],
            topics: [],
            draft: false,
          },
          text: "---\ntitle: 'Group (June 5, 2024)'\ndate: '2024-06-05'\nseries: Group\n---\n\n## Contents\n\n* [Notes](#Meeting-Notes)\n* [Agenda](#Agenda-Items)\n\n## Agenda items\n\n* First.\n\n## Meeting Notes\n\n### Day one\n\n* Second.\n",
        },
      ],
      people: [],
      topics: [],
      site: { title: 't', description: 'd' },
      base: '/',
    });
    const sections = archive.meetings[0]?.sections ?? [];
    expect(sections.find((section) => section.heading === 'Day one')?.groupAnchor).toBe(
      'meeting-notes',
    );
    const contents = sections[0]?.html ?? '';
    expect(contents).toContain('href="#meeting-notes"');
    expect(contents).toContain('href="#agenda-items"');
  });
});
