import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findMissingBullets, collectBullets } from './corpus-check.ts';
import { countByStatus, importFiles } from '../../src/lib/importer/import-archive.ts';
import { convertMinutes } from '../../src/lib/importer/import-file.ts';
import { resolveSource } from '../../src/lib/importer/sources.ts';

export interface CorpusCheckOptions {
  /** The repository root: where `npm run build` runs and `content/` is. */
  repoRoot: string;
  /** Folder of plain-Markdown minutes to import. */
  corpusDir: string;
  /** The seed file the shipped meeting was imported from, if available. */
  seedFile?: string | undefined;
  /** The shipped meeting that must equal the importer's output of the seed. */
  shippedSeed?: string | undefined;
  /** Where to import and build; kept afterwards. Default: a temporary folder, removed when all passes. */
  workDir?: string | undefined;
  log: (line: string) => void;
}

export interface CheckResult {
  name: string;
  ok: boolean;
}

/**
 * The end-to-end lossless check: import the corpus into a scratch content folder, build the site from it,
 * and look for every source bullet in its rendered page. Also checks a re-import changes nothing.
 */
export async function runCorpusCheck(options: CorpusCheckOptions): Promise<CheckResult[]> {
  const { log } = options;
  const results: CheckResult[] = [];
  const check = (name: string, ok: boolean, detail = ''): void => {
    results.push({ name, ok });
    log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
  };

  // A given work folder is kept, so later checks (search) can run on the same build.
  const scratch = options.workDir ?? (await mkdtemp(path.join(tmpdir(), 'corpus-check-')));
  const contentDir = path.join(scratch, 'content');
  const minutesDir = path.join(contentDir, 'minutes');
  const outDir = path.join(scratch, 'dist');
  await mkdir(minutesDir, { recursive: true });
  for (const name of ['people.yaml', 'topics.yaml', 'site.yaml']) {
    await copyFile(path.join(options.repoRoot, 'content', name), path.join(contentDir, name)).catch(
      () => undefined,
    );
  }
  log(`scratch folder: ${scratch}`);

  // 1. Import.
  const source = await resolveSource(options.corpusDir, { cwd: options.repoRoot });
  const files = source.files;
  const first = await importFiles(files, { outDir: minutesDir });
  const counts = countByStatus(first);
  for (const failed of first.filter((report) => report.status === 'failed')) {
    for (const reason of failed.reasons)
      log(`  ${failed.file}${reason.line ? `:${reason.line}` : ''}: ${reason.message}`);
  }
  check(
    'import',
    counts.failed === 0 && counts.imported === files.length && files.length > 0,
    `${files.length} files, ${counts.imported} imported, ${counts.failed} failed`,
  );

  // 2. Build.
  const logFile = path.join(scratch, 'build.log');
  const exitCode = await runBuild(
    options.repoRoot,
    { CONTENT_DIR: contentDir, OUT_DIR: outDir },
    logFile,
  );
  if (exitCode !== 0) {
    const lines = (await readFile(logFile, 'utf8')).trimEnd().split('\n');
    log(
      lines
        .slice(-40)
        .map((line) => `  | ${line}`)
        .join('\n'),
    );
  }
  check(
    'build',
    exitCode === 0,
    exitCode === 0
      ? 'npm run build succeeded'
      : `npm run build exited ${exitCode}; log: ${logFile}`,
  );

  // 3. One page per meeting.
  const meetingsDir = path.join(outDir, 'meetings');
  const pageIds = (await readdir(meetingsDir).catch(() => [] as string[])).filter((id) =>
    /^\d{4}-\d{2}-\d{2}/.test(id),
  );
  const withIndex: string[] = [];
  for (const id of pageIds) {
    if (await stat(path.join(meetingsDir, id, 'index.html')).catch(() => undefined))
      withIndex.push(id);
  }
  check(
    'meeting pages',
    withIndex.length === files.length,
    `${withIndex.length} pages for ${files.length} source files`,
  );

  // 4. Every bullet present.
  let total = 0;
  const missing: string[] = [];
  for (const [index, file] of files.entries()) {
    const markdown = await readFile(file.absolutePath, 'utf8');
    const output = first[index]?.output;
    const id = output ? path.basename(output, '.mdx') : undefined;
    const html = id
      ? await readFile(path.join(meetingsDir, id, 'index.html'), 'utf8').catch(() => undefined)
      : undefined;
    total += collectBullets(markdown).length;
    const absent =
      html === undefined ? collectBullets(markdown) : findMissingBullets(markdown, html);
    for (const bullet of absent)
      missing.push(`  ${file.displayPath}:${bullet.line ?? '?'}: ${bullet.text}`);
  }
  const present = total - missing.length;
  const percent = total === 0 ? 0 : (present / total) * 100;
  log(`bullets present: ${present}/${total} (${percent === 100 ? '100' : percent.toFixed(2)}%)`);
  if (missing.length > 0) log(['missing bullets:', ...missing].join('\n'));
  check('bullets present', total > 0 && missing.length === 0, `${present}/${total}`);

  // 5. Idempotent.
  const second = countByStatus(await importFiles(files, { outDir: minutesDir }));
  check(
    'second import unchanged',
    second.unchanged === files.length,
    `${second.unchanged} unchanged of ${files.length}`,
  );
  await source.cleanup();

  // 6. The shipped seed meeting is the importer's output.
  if (options.seedFile && options.shippedSeed) {
    const shipped = await readFile(options.shippedSeed, 'utf8').catch(() => undefined);
    const seed = await readFile(options.seedFile, 'utf8').catch(() => undefined);
    if (shipped === undefined || seed === undefined) {
      check(
        'shipped seed',
        false,
        `cannot read ${shipped === undefined ? options.shippedSeed : options.seedFile}`,
      );
    } else {
      const sourceField = /^source: (.*)$/m.exec(shipped)?.[1] ?? '';
      const converted = convertMinutes(seed, {
        fileName: path.basename(options.seedFile),
        source: sourceField,
      });
      check(
        'shipped seed',
        converted.ok && converted.content === shipped,
        `${path.relative(options.repoRoot, options.shippedSeed)} ${converted.ok && converted.content === shipped ? 'equals' : 'differs from'} the import of ${options.seedFile}`,
      );
    }
  }
  if (options.workDir) log(`build kept in ${outDir}`);
  else if (results.every((result) => result.ok))
    await rm(scratch, { recursive: true, force: true });
  else log(`scratch folder kept for inspection: ${scratch}`);
  return results;
}

function runBuild(cwd: string, env: Record<string, string>, logFile: string): Promise<number> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const child = spawn('npm', ['run', 'build'], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => {
      chunks.push(Buffer.from(String(error)));
      void writeFile(logFile, Buffer.concat(chunks)).then(() => resolve(127));
    });
    child.on('close', (code) => {
      void writeFile(logFile, Buffer.concat(chunks)).then(() => resolve(code ?? 1));
    });
  });
}
