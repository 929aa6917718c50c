/**
 * Importing archives shaped like other projects' minutes (fixtures written by hand): attendees under
 * "Present" with handles, year folders, headings other than an H1, and no heading at all.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importFiles, type FileReport } from '../src/lib/importer/import-archive.ts';
import { resolveSource } from '../src/lib/importer/sources.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures/import');
let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'import-shapes-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function importFixture(
  folder: string,
  options: { subfolder?: string; sourceUrl?: string } = {},
): Promise<FileReport[]> {
  const source = await resolveSource(folder, { cwd: fixtures, ...options });
  return importFiles(source.files, { outDir: path.join(work, 'minutes') });
}

async function frontmatterOf(report: FileReport | undefined): Promise<Record<string, unknown>> {
  if (!report?.output) throw new Error(`no output for ${report?.file}`);
  const text = await readFile(report.output, 'utf8');
  return parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as Record<string, unknown>;
}

async function bodyOf(report: FileReport | undefined): Promise<string> {
  if (!report?.output) throw new Error(`no output for ${report?.file}`);
  return (await readFile(report.output, 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '');
}

const byFile = (reports: FileReport[], name: string) =>
  reports.find((report) => report.file.endsWith(name));

describe('an archive with "## Present" lists and GitHub handles', () => {
  it('takes only the names under Present, as written, and keeps the agenda items that continue the list', async () => {
    const reports = await importFixture('present-style');
    expect(reports.map((report) => report.status)).toEqual(['imported', 'imported', 'imported']);
    const first = byFile(reports, '2023-03-07.md');
    expect((await frontmatterOf(first))['attendees']).toEqual([
      'Ada Lovelace (@ada-l)',
      'Ben Okafor (@benok) - Example Corp, Docs team',
      'Chloé Martin (@chloem) (invited)',
      'Dmitri Volkov <dmitri@example.org>',
      'Eva Lind <eva@example.org>',
      'Farah Aziz - joined at 16:23',
    ]);
    const body = await bodyOf(first);
    expect(body).toContain('Release calendar for the spring');
    expect(body).toContain('Ben will send the summary to the mailing list.');
    expect(body).toContain('### example-org/council');
  });

  it('reports a group or a broken entry under Present instead of taking it as a person', async () => {
    const reports = await importFixture('present-style');
    const second = byFile(reports, '2023-03-14.md');
    expect((await frontmatterOf(second))['attendees']).toEqual([
      'Ada Lovelace',
      'A. Lovelace (@ada-l)',
      '@benok',
      'Gil Navarro (@gnav',
    ]);
    expect(second?.warnings).toContainEqual(
      expect.objectContaining({
        message:
          '"Example Foundation Board of Directors" under the attendee heading is not a name (it names a group, not a person); it stays in the page body',
        line: 8,
      }),
    );
    expect(await bodyOf(second)).toContain('Example Foundation Board of Directors');
  });

  it("lets the file name's date win over the H1's, with a warning", async () => {
    const reports = await importFixture('present-style');
    const second = byFile(reports, '2023-03-14.md');
    expect(second?.output).toMatch(/2023-03-14-example-foundation-steering-council-meeting\.mdx$/);
    expect(second?.warnings).toContainEqual(
      expect.objectContaining({
        message:
          "the title's date 2023-03-13 differs from the file name's 2023-03-14; using the file name's",
        line: 1,
      }),
    );
  });

  it("imports a file without a title heading under the archive's series, titled by series and date", async () => {
    const reports = await importFixture('present-style');
    const third = byFile(reports, '2023-03-21.md');
    expect(third?.status).toBe('imported');
    const frontmatter = await frontmatterOf(third);
    expect(frontmatter['series']).toBe('Example Foundation Steering Council Meeting');
    expect(frontmatter['title']).toBe(
      'Example Foundation Steering Council Meeting (March 21, 2023)',
    );
    expect(frontmatter['date']).toBe('2023-03-21');
    expect(await bodyOf(third)).toContain('Example Foundation Steering Council Meeting 2023-03-21');
  });
});

describe('an archive in year folders whose titles are lower headings', () => {
  it('dates files from their path and gives every meeting of the group one series', async () => {
    const reports = await importFixture('year-folders', { subfolder: 'main' });
    expect(reports.map((report) => [report.file, report.status])).toEqual([
      ['main/2024/WG-03-05.md', 'imported'],
      ['main/2024/WG-04.md', 'imported'],
      ['main/2025/WG-2025-01-14.md', 'imported'],
    ]);
    const [march, april, january] = await Promise.all(reports.map(frontmatterOf));
    expect(march?.['date']).toBe('2024-03-05');
    expect(january?.['date']).toBe('2025-01-14');
    expect(new Set([march?.['series'], april?.['series'], january?.['series']])).toEqual(
      new Set(["Example's Working Group"]),
    );
    expect(march?.['title']).toBe("Agenda for the March 5th video call of Example's Working Group");
  });

  it('takes the day of a month-only path from the first date of that month the minutes name', async () => {
    const reports = await importFixture('year-folders', { subfolder: 'main' });
    const april = byFile(reports, 'WG-04.md');
    expect((await frontmatterOf(april))['date']).toBe('2024-04-16');
    expect(april?.warnings[0]?.message).toBe(
      'the path gives only the month; the day 2024-04-16 is the first date of that month the minutes name',
    );
  });

  it('reads attendees under a lower heading and stops at the next heading of any level', async () => {
    const reports = await importFixture('year-folders', { subfolder: 'main' });
    const march = byFile(reports, 'WG-03-05.md');
    expect((await frontmatterOf(march))['attendees']).toEqual([
      'Hana Sato',
      'Ivo Petrov',
      'Jun Park',
    ]);
    const body = await bodyOf(march);
    expect(body).toContain('#### Streaming parser: status update \\[15 min]');
    expect(body).toContain('HS: The parser handles partial input now.');
    const april = byFile(reports, 'WG-04.md');
    expect((await frontmatterOf(april))['attendees']).toEqual([
      'Hana Sato',
      'Ivo Petrov',
      'Kai Müller',
    ]);
  });
});

describe('source links', () => {
  it('records the upstream URL of each file from a --source-url template, never a local path', async () => {
    const reports = await importFixture('year-folders', {
      subfolder: 'main',
      sourceUrl: 'https://codeberg.org/example/meetings/src/branch/main/{path}',
    });
    expect((await frontmatterOf(reports[0]))['source']).toBe(
      'https://codeberg.org/example/meetings/src/branch/main/main/2024/WG-03-05.md',
    );
  });
});
