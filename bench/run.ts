/**
 * `npm run bench [-- --sizes 100,1000,5000] [--runs 1] [--seed 1] [--real <dir> | --no-real]
 *  [--tools minutebook,baseline] [--no-search] [--out BENCHMARKS.md] [--note "text"]`
 *
 * For each size: generates a synthetic archive, builds the baseline and then Minutebook over it (one
 * after the other: the target machine has 2 cores), and measures them. Search is measured on the
 * 5,000-meeting build (or the largest one built). Writes BENCHMARKS.md and bench/.work/results.json.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { createArchive, writeArchive } from './generate-archive.ts';
import { describeMachine } from './machine.ts';
import type { BuildRun } from './measure-build.ts';
import { measureCommand, measureOutput, removeDir } from './measure-build.ts';
import { measureSearch } from './measure-search.ts';
import type { BenchResults, BuildResult, SearchResult, Tool } from './report.ts';
import { deriveNumbers, ratioFor, renderReport } from './report.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, 'bench/.work');
const binPath = `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    real: { type: 'string' },
    'no-real': { type: 'boolean', default: false },
    tools: { type: 'string', default: 'baseline,minutebook' },
    'no-search': { type: 'boolean', default: false },
    query: { type: 'string', default: 'allocator' },
    'next-query': { type: 'string', default: 'watchdog' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    note: { type: 'string', multiple: true },
  },
});

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const sizes = values.sizes.split(',').map((raw) => {
  const size = Number(raw.trim());
  if (!Number.isInteger(size) || size < 1)
    fail(`--sizes takes whole numbers separated by commas, got "${raw}"`);
  return size;
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  fail(`--runs must be a positive whole number, got "${values.runs}"`);
const tools = values.tools.split(',').map((tool) => tool.trim());
for (const tool of tools)
  if (tool !== 'minutebook' && tool !== 'baseline') fail(`unknown tool "${tool}" in --tools`);

const log = (message: string): void =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Minutebook's own build command, run without npm in between so npm's start-up is not counted. */
async function minutebookCommand(): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const script = manifest.scripts?.['build'];
  if (!script) fail('package.json has no "build" script');
  // A lone `astro build` gets --force so the content-layer cache of an earlier run is never reused.
  return /^astro build(\s|$)/.test(script) && !/[;&|]/.test(script) ? `${script} --force` : script;
}

async function buildOnce(
  tool: Tool,
  size: string,
  contentDir: string,
  run: number,
  rebuild = false,
): Promise<BuildRun> {
  const outDir = path.join(work, 'out', `${tool}-${size}`);
  // A rebuild keeps the output and cache folders of the cold build before it.
  if (!rebuild) await removeDir(outDir);
  const env = { CONTENT_DIR: contentDir, OUT_DIR: outDir, PATH: binPath };
  if (tool === 'baseline') {
    await removeDir(path.join(work, 'baseline-cache'));
    return measureCommand({
      command: 'astro build --force',
      cwd: path.join(root, 'bench/baseline'),
      env,
      logFile: path.join(work, 'logs', `${tool}-${size}-${run}.log`),
    });
  }
  const command = await minutebookCommand();
  return measureCommand({
    command: rebuild ? command.replace(/ --force$/u, '') : command,
    cwd: root,
    env,
    logFile: path.join(work, 'logs', `${tool}-${size}-${run}${rebuild ? '-rebuild' : ''}.log`),
  });
}

/**
 * Adds one meeting to a generated archive: a copy of its newest meeting a week later, the shape of
 * the next call of the series. Returns the new file.
 */
async function addOneMeeting(contentDir: string): Promise<string> {
  const minutes = path.join(contentDir, 'minutes');
  const newest = (await readdir(minutes))
    .filter((name) => /\.mdx?$/u.test(name))
    .sort()
    .at(-1);
  if (!newest) fail(`no minutes in ${minutes} to copy`);
  const date = /^\d{4}-\d{2}-\d{2}/u.exec(newest)?.[0];
  if (!date) fail(`${newest} does not start with a date`);
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 7);
  const nextDate = next.toISOString().slice(0, 10);
  const text = await readFile(path.join(minutes, newest), 'utf8');
  const file = path.join(minutes, newest.replace(date, nextDate));
  await writeFile(file, text.replaceAll(date, nextDate));
  return file;
}

/** The rebuild row: Minutebook built again over the cache of its cold build, one meeting added. */
async function benchRebuild(size: string, meetings: number, contentDir: string): Promise<void> {
  const cold = results.builds.find(
    (build) => build.tool === 'minutebook' && build.size === size && !build.rebuild,
  );
  if (!cold?.median || cold.error) return;
  const added = await addOneMeeting(contentDir);
  log(`minutebook ${size}: rebuild after adding ${path.basename(added)} …`);
  const run = await buildOnce('minutebook', size, contentDir, 1, true);
  log(
    `minutebook ${size}: rebuild ${(run.totalMs / 1000).toFixed(1)} s, content ${run.phases['load'] ?? '?'} + ${run.phases['archive'] ?? '?'} ms`,
  );
  results.builds.push({
    size,
    meetings: meetings + 1,
    tool: 'minutebook',
    runs: 1,
    median: run,
    rebuild: true,
    ...(run.exitCode === 0 ? {} : { error: `build failed, exit ${run.exitCode}` }),
  });
}

async function benchTool(
  tool: Tool,
  size: string,
  meetings: number,
  contentDir: string,
): Promise<BuildResult> {
  const measured: BuildRun[] = [];
  for (let run = 1; run <= runs; run += 1) {
    log(`${tool} ${size}: build ${run}/${runs} …`);
    const result = await buildOnce(tool, size, contentDir, run);
    if (result.exitCode !== 0) {
      log(
        `${tool} ${size}: build failed (exit ${result.exitCode}); see ${path.relative(root, result.logFile)}`,
      );
      return {
        size,
        meetings,
        tool,
        runs: run,
        median: result,
        error: `build failed, exit ${result.exitCode}`,
      };
    }
    log(
      `${tool} ${size}: ${(result.totalMs / 1000).toFixed(1)} s, peak RSS ${Math.round(result.peakRssBytes / 1024 ** 2)} MB`,
    );
    measured.push(result);
  }
  const sorted = [...measured].sort((a, b) => a.totalMs - b.totalMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  const output = await measureOutput(path.join(work, 'out', `${tool}-${size}`));
  return median
    ? { size, meetings, tool, runs, median, output }
    : { size, meetings, tool, runs, error: 'no run' };
}

/** Imports the real minutes with the project's importer and adds the repository's registries. */
async function prepareReal(
  source: string,
): Promise<{ dir: string; meetings: number } | { error: string }> {
  const dir = path.join(work, 'archives', 'real');
  await removeDir(dir);
  await mkdir(path.join(dir, 'minutes'), { recursive: true });
  const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  // `npm run import` is the documented way; the script file directly is the same importer, used while
  // package.json does not list the command yet.
  const args = [source, '--out', path.join(dir, 'minutes')];
  const [command, commandArgs]: [string, string[]] = manifest.scripts?.['import']
    ? ['npm', ['run', '--silent', 'import', '--', ...args]]
    : ['tsx', [path.join(root, 'scripts/import.ts'), ...args]];
  const imported = spawnSync(command, commandArgs, {
    cwd: root,
    env: { ...process.env, PATH: binPath },
    encoding: 'utf8',
  });
  if (imported.status !== 0) {
    const said = `${imported.stderr}\n${imported.stdout}`.trim().split('\n').slice(-3).join(' ');
    return {
      error: `import failed (exit ${imported.status}): ${said || imported.error?.message || 'no output'}`,
    };
  }
  for (const file of ['people.yaml', 'topics.yaml', 'site.yaml']) {
    const from = path.join(root, 'content', file);
    if (await exists(from)) await copyFile(from, path.join(dir, file));
  }
  const meetings = (await readdir(path.join(dir, 'minutes'))).filter((file) =>
    /\.mdx?$/.test(file),
  ).length;
  return { dir, meetings };
}

const machine = await describeMachine();
const results: BenchResults = {
  machine,
  seed: values.seed,
  command: [
    'npm run bench',
    ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
  ].join(' '),
  builds: [],
  searches: [],
  ...(values.note ? { notes: values.note } : {}),
};

async function benchContent(size: string, meetings: number, contentDir: string): Promise<void> {
  for (const tool of ['baseline', 'minutebook'] as const) {
    if (tools.includes(tool))
      results.builds.push(await benchTool(tool, size, meetings, contentDir));
  }
  const ratio = ratioFor(results, size);
  if (ratio !== undefined) log(`${size}: Minutebook / baseline = ${ratio.toFixed(2)}×`);
}

const defaultReal = path.resolve(root, '../shared/corpus/coconut-svsm/Meetings');
const realSource = values['no-real']
  ? undefined
  : (values.real ?? ((await exists(defaultReal)) ? defaultReal : undefined));
if (realSource) {
  log(`real archive: importing ${realSource} …`);
  const real = await prepareReal(realSource);
  if ('error' in real) {
    log(`real archive skipped: ${real.error}`);
    for (const tool of tools as Tool[])
      results.builds.push({ size: 'real', meetings: 0, tool, runs: 0, error: real.error });
  } else {
    await benchContent('real', real.meetings, real.dir);
  }
}

for (const size of sizes) {
  const dir = path.join(work, 'archives', String(size));
  log(`${size}: generating archive (seed ${values.seed}) …`);
  await writeArchive(dir, createArchive({ seed: values.seed, meetings: size }));
  await benchContent(String(size), size, dir);
  if (size === 1000 && tools.includes('minutebook')) await benchRebuild(String(size), size, dir);
}

if (!values['no-search']) {
  const searchSize = sizes.includes(5000) ? 5000 : Math.max(...sizes);
  for (const tool of ['minutebook', 'baseline'] as const) {
    const build = results.builds.find(
      (entry) => entry.tool === tool && entry.size === String(searchSize),
    );
    if (!build?.median || build.error) continue;
    log(`${tool} ${searchSize}: measuring search in Chromium …`);
    const result: SearchResult = { size: String(searchSize), tool };
    try {
      result.measurement = await measureSearch(path.join(work, 'out', `${tool}-${searchSize}`), {
        query: values.query,
        nextQuery: values['next-query'],
      });
    } catch (error) {
      result.error = `search measurement failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      log(result.error);
    }
    results.searches.push(result);
  }
}

await mkdir(work, { recursive: true });
await writeFile(path.join(work, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const outFile = path.resolve(root, values.out);
// Formatted like every other file, so `npm run format:check` stays green after a bench run.
// The hand-kept record of what was profiled and fixed travels with every generated report.
const history = await readFile(path.join(root, 'bench/HISTORY.md'), 'utf8').catch(() => '');
const report = await prettier.format(`${renderReport(results)}\n${history}`, {
  ...(await prettier.resolveConfig(outFile)),
  filepath: outFile,
});
await writeFile(outFile, report);
for (const build of results.builds) {
  const numbers = deriveNumbers(build);
  if (numbers)
    log(
      `${build.size} ${build.tool}: ${(numbers.totalMs / 1000).toFixed(2)} s, ${numbers.msPerMeeting.toFixed(1)} ms/meeting`,
    );
}
log(`wrote ${path.relative(root, path.resolve(root, values.out))} and bench/.work/results.json`);
