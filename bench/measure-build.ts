import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { startRssSampler } from './process-tree.ts';

export interface BuildRun {
  /** Wall time from spawn to exit. */
  totalMs: number;
  /** Spawn until the build printed its first line: Node start-up, config and integrations loading. */
  startupMs: number;
  /** Phases the build reported itself with `[<tool>] timing <phase> <ms>` lines, summed per phase. */
  phases: Record<string, number>;
  /** Largest summed RSS of the whole process tree, sampled every 100 ms. */
  peakTreeRssBytes: number;
  /** Largest single process, exact, from `/usr/bin/time -v` (GNU time's "Maximum resident set size"). */
  maxProcessRssBytes: number | undefined;
  /** max(peakTreeRssBytes, maxProcessRssBytes): the figure reported as peak RSS. */
  peakRssBytes: number;
  exitCode: number;
  logFile: string;
}

export interface OutputSize {
  pages: number;
  distBytes: number;
  indexBytes: number;
}

export interface CommandSpec {
  command: string;
  cwd: string;
  env: Record<string, string>;
  logFile: string;
}

const timingLine = /\[[\w-]+\] timing ([\w-]+) (\d+(?:\.\d+)?)\s*$/;
// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[[0-9;]*m/g;

export function parseTimingLines(output: string): Record<string, number> {
  const phases: Record<string, number> = {};
  for (const raw of output.split(/\r?\n/)) {
    const match = timingLine.exec(raw.replace(ansi, '').trim());
    if (match?.[1] && match[2]) phases[match[1]] = (phases[match[1]] ?? 0) + Number(match[2]);
  }
  return phases;
}

/** GNU time -v writes "Maximum resident set size (kbytes): N". */
export function parseGnuTimeMaxRss(report: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
  return match?.[1] ? Number(match[1]) * 1024 : undefined;
}

/**
 * Runs `command` through `sh -c` under `/usr/bin/time -v`, logging all output to `logFile` and keeping
 * only the timing lines in memory (a 5,000-meeting build prints a lot).
 */
export async function measureCommand(spec: CommandSpec): Promise<BuildRun> {
  await mkdir(path.dirname(spec.logFile), { recursive: true });
  const timeReport = `${spec.logFile}.time`;
  const log = createWriteStream(spec.logFile);
  const started = performance.now();
  let firstOutputAt: number | undefined;
  let timingText = '';
  let carry = '';
  const child = spawn('/usr/bin/time', ['-v', '-o', timeReport, 'sh', '-c', spec.command], {
    cwd: spec.cwd,
    // The build prints its phase timings only when asked (src/lib/timing.ts).
    env: { ...process.env, ...spec.env, FORCE_COLOR: '0', MINUTEBOOK_TIMING: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not start: ${spec.command}`);
  const sampler = startRssSampler(child.pid);
  const onData = (chunk: Buffer): void => {
    firstOutputAt ??= performance.now();
    log.write(chunk);
    const lines = (carry + chunk.toString('utf8')).split('\n');
    carry = lines.pop() ?? '';
    for (const line of lines) if (line.includes('timing')) timingText += `${line}\n`;
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const totalMs = performance.now() - started;
  const peakTreeRssBytes = await sampler.stop();
  await new Promise<void>((resolve) => log.end(resolve));
  const maxProcessRssBytes = parseGnuTimeMaxRss(await readFile(timeReport, 'utf8').catch(() => ''));
  return {
    totalMs,
    startupMs: (firstOutputAt ?? performance.now()) - started,
    phases: parseTimingLines(timingText + carry),
    peakTreeRssBytes,
    maxProcessRssBytes,
    peakRssBytes: Math.max(peakTreeRssBytes, maxProcessRssBytes ?? 0),
    exitCode,
    logFile: spec.logFile,
  };
}

async function walk(dir: string, visit: (file: string, bytes: number) => void): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, visit);
    else if (entry.isFile()) visit(full, (await stat(full)).size);
  }
}

export async function measureOutput(outDir: string): Promise<OutputSize> {
  const size: OutputSize = { pages: 0, distBytes: 0, indexBytes: 0 };
  const indexDir = path.join(outDir, 'pagefind') + path.sep;
  await walk(outDir, (file, bytes) => {
    size.distBytes += bytes;
    if (file.endsWith('.html')) size.pages += 1;
    if (file.startsWith(indexDir)) size.indexBytes += bytes;
  });
  return size;
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
