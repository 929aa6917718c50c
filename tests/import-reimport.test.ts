/**
 * Re-importing: an upstream change is followed, a local edit is kept, and an interrupted or disk-full
 * import never leaves a partial file, nor one the next import takes for an edit.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles, type ImportOptions } from '../src/lib/importer/import-archive.ts';
import { resolveSource } from '../src/lib/importer/sources.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures/import');
let work: string;
let sourceDir: string;
let outDir: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'import-reimport-'));
  sourceDir = path.join(work, 'source');
  outDir = path.join(work, 'minutes');
  await cp(path.join(fixtures, 'present-style'), sourceDir, { recursive: true });
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const output = '2023-03-07-example-foundation-steering-council-meeting.mdx';
const sourceFile = () => path.join(sourceDir, '2023-03-07.md');

async function run(options: Partial<ImportOptions> = {}) {
  const source = await resolveSource(sourceDir, { cwd: work });
  const reports = await importFiles(source.files, { outDir, ...options });
  return reports.find((report) => report.file === '2023-03-07.md');
}

/** A write that stops half-way, as a full disk or a killed process would leave it. */
const fullDisk: ImportOptions['hooks'] = {
  writeTemp: async (file, content) => {
    await writeFile(file, String(content).slice(0, String(content).length / 2));
    throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  },
};

async function changeUpstream(): Promise<void> {
  const text = await readFile(sourceFile(), 'utf8');
  await writeFile(sourceFile(), text.replace('Nothing new this week.', 'A new member joined.'));
}

describe('re-importing by recorded source hash', () => {
  it('re-imports a file whose source changed upstream when nobody edited it here', async () => {
    await run();
    await changeUpstream();
    const again = await run();
    expect(again?.status).toBe('imported');
    expect(again?.updated).toBe(true);
    expect(again?.warnings[0]?.message).toBe(
      `${output} re-imported: the source changed since the last import`,
    );
    expect(await readFile(path.join(outDir, output), 'utf8')).toContain('A new member joined.');
  });

  it('skips a file edited here, even when its source changed too, and says so', async () => {
    await run();
    const target = path.join(outDir, output);
    await writeFile(target, `${await readFile(target, 'utf8')}\n* Added by hand.\n`);
    await changeUpstream();
    const again = await run();
    expect(again).toMatchObject({
      status: 'skipped',
      reasons: [{ message: `${output} was edited after it was imported; --force overwrites it` }],
    });
    expect(await readFile(target, 'utf8')).toContain('Added by hand.');
  });
});

describe('an interrupted import', () => {
  it('leaves no partial file on a first import that runs out of disk, and reports the failure', async () => {
    const report = await run({ hooks: fullDisk });
    expect(report?.status).toBe('failed');
    expect(report?.reasons[0]?.message).toContain('ENOSPC');
    expect((await readdir(outDir)).filter((name) => name.includes(output))).toEqual([]);
  });

  it('keeps the complete old file when a re-import is cut off, and the next run is not fooled into calling it edited', async () => {
    await run();
    const target = path.join(outDir, output);
    const before = await readFile(target, 'utf8');
    await changeUpstream();
    expect((await run({ hooks: fullDisk }))?.status).toBe('failed');
    expect(await readFile(target, 'utf8')).toBe(before);
    expect(await readdir(outDir)).not.toContainEqual(expect.stringMatching(/partial$/));

    const next = await run();
    expect(next?.status).toBe('imported');
    expect(await readFile(target, 'utf8')).toContain('A new member joined.');
  });

  it('removes what a killed import left behind before it writes', async () => {
    await run();
    const leftover = path.join(outDir, `.${output}.0123456789ab.partial`);
    await writeFile(leftover, '---\ntitle: half');
    expect((await run())?.status).toBe('unchanged');
    expect(await readdir(outDir)).not.toContain(path.basename(leftover));
  });
});
