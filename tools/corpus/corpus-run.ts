import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectLines, findMissingLines, pageText } from './corpus-check.ts';
import { checkPeople } from './archive-checks.ts';
import { checkLinks } from '../quality/check-links.ts';
import { archiveJsonSchema } from '../../src/lib/schema/archive-json.ts';
import { countByStatus, importFiles } from '../../src/lib/importer/import-archive.ts';
import { convertMinutes } from '../../src/lib/importer/import-file.ts';
import { resolveSource } from '../../src/lib/importer/sources.ts';

/** One real archive of `../shared/corpus` and how it is imported. */
export interface CorpusArchive {
  /** Folder name under the corpus root, e.g. `openjs-cpc`. */
  name: string;
  /** Subfolder holding the minutes (`--path`). */
  path: string;
  /** Where the snapshot came from (`--source-url`): source links and files the snapshot lacks point there. */
  sourceUrl: string;
  /** Build with the shipped registries (people, topics, site); the other archives get none. */
  registries: boolean;
}

/** The three archives of the shared corpus (see its README.md); only SVSM has registries of its own. */
export const corpusArchives: readonly CorpusArchive[] = [
  {
    name: 'coconut-svsm',
    path: 'Meetings',
    sourceUrl: 'https://github.com/coconut-svsm/governance/blob/main',
    registries: true,
  },
  {
    name: 'openjs-cpc',
    path: 'meetings',
    sourceUrl: 'https://github.com/openjs-foundation/cross-project-council/blob/main',
    registries: false,
  },
  {
    name: 'webassembly-cg',
    path: 'main',
    sourceUrl: 'https://github.com/WebAssembly/meetings/blob/main',
    registries: false,
  },
];

export interface CorpusCheckOptions {
  /** The repository root: where `npm run build` runs and `content/` is. */
  repoRoot: string;
  /** The archive's folder (holding `path`). */
  corpusDir: string;
  archive: CorpusArchive;
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
  if (options.archive.registries) {
    for (const name of ['people.yaml', 'topics.yaml', 'site.yaml']) {
      await copyFile(
        path.join(options.repoRoot, 'content', name),
        path.join(contentDir, name),
      ).catch(() => undefined);
    }
  }
  log(`scratch folder: ${scratch}`);

  // 1. Import.
  const source = await resolveSource(options.corpusDir, {
    cwd: options.repoRoot,
    subfolder: options.archive.path,
    sourceUrl: options.archive.sourceUrl,
  });
  const files = source.files;
  const started = performance.now();
  const first = await importFiles(files, { outDir: minutesDir });
  log(`import: ${((performance.now() - started) / 1000).toFixed(1)} s`);
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
  const buildStarted = performance.now();
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
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  check(
    'build',
    exitCode === 0,
    exitCode === 0
      ? `npm run build succeeded in ${buildSeconds.toFixed(1)} s`
      : `npm run build exited ${exitCode}; log: ${logFile}`,
  );
  const buildLog = await readFile(logFile, 'utf8').catch(() => '');
  for (const line of buildLog.split('\n')) {
    if (
      /\[minutebook\] (?:\d+ meetings|no topics\.yaml|no site\.yaml|recurring headings)/u.test(line)
    )
      log(`  ${line.replace(/^.*?\[minutebook\] /u, '')}`);
  }

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

  // 4. Every source line on its page.
  let total = 0;
  const missing: string[] = [];
  for (const [index, file] of files.entries()) {
    const markdown = await readFile(file.absolutePath, 'utf8');
    const output = first[index]?.output;
    const id = output ? path.basename(output, '.mdx') : undefined;
    const html = id
      ? await readFile(path.join(meetingsDir, id, 'index.html'), 'utf8').catch(() => undefined)
      : undefined;
    const title = html ? /<h1[^>]*>([\s\S]*?)<\/h1>/u.exec(html)?.[1] : undefined;
    const titleText = title === undefined ? undefined : pageText(title);
    const lines = collectLines(markdown, titleText);
    total += lines.length;
    const absent = html === undefined ? lines : findMissingLines(markdown, html, titleText);
    for (const line of absent)
      missing.push(`  ${file.displayPath}:${line.line ?? '?'}: ${line.text}`);
  }
  const present = total - missing.length;
  const percent = total === 0 ? 0 : (present / total) * 100;
  log(
    `source lines on their page: ${present}/${total} (${percent === 100 ? '100' : percent.toFixed(2)}%)`,
  );
  if (missing.length > 0) log(['missing lines:', ...missing.slice(0, 40)].join('\n'));
  check('every source line on its page', total > 0 && missing.length === 0, `${present}/${total}`);

  // People: one per GitHub handle, none made of something that is not a name.
  const archiveJson = await readFile(path.join(outDir, 'archive.json'), 'utf8').catch(
    () => undefined,
  );
  if (archiveJson === undefined) check('people', false, 'no archive.json');
  else {
    const people = checkPeople(archiveJsonSchema.parse(JSON.parse(archiveJson)));
    check(
      'every GitHub handle on one person',
      people.splitHandles.length === 0,
      `${people.handles} handles${people.splitHandles.length > 0 ? `; split: ${people.splitHandles.join('; ')}` : ''}`,
    );
    check(
      'no attendee that is not a name',
      people.notNames.length === 0 && people.longIds.length === 0,
      people.notNames.length + people.longIds.length === 0
        ? 'every person is a name with a bounded id'
        : [...people.notNames, ...people.longIds.map((id) => `id too long: ${id}`)].join('; '),
    );
  }

  // Internal links, attachments included.
  const links = await checkLinks({ distDir: outDir, base: '/' });
  check(
    'no broken internal links',
    links.pagesChecked > 0 && links.broken.length === 0,
    `${links.linksChecked} links on ${links.pagesChecked} pages, ${links.broken.length} broken${links.broken
      .slice(0, 10)
      .map((link) => `\n    ${link.page}: ${link.href} (${link.reason})`)
      .join('')}`,
  );

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
