/**
 * The content step alone, in-process: `tsx bench/measure-analysis.ts --meetings 1000 [--seed 1]
 * [--runs 3] [--threads N] [--dir <content folder>]` runs what the content loader and the pages'
 * archive run in a build (read and check every file, analyse it from that one parse, assemble the
 * cross-linked archive) over a synthetic archive, or over a content folder already there (such as
 * the real minutes imported as `npm run bench` imports them), without Astro, and prints the median
 * wall and CPU time (user + system of this process, all its threads; a shared machine disturbs it
 * less), both per meeting, and the main thread's own CPU: with a worker, the rest is the worker's
 * (and the garbage collector's helpers'), and the busier of the two is the step's critical path.
 * Quicker than `npm run bench` for checking that the analysis stays near-linear.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { assembleArchive } from '../src/lib/archive/assemble.ts';
import { createAnalysisTools } from '../src/lib/archive/context.ts';
import { syncContent } from '../src/lib/archive/sync.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { createArchive, writeArchive } from './generate-archive.ts';

const { values } = parseArgs({
  options: {
    meetings: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    threads: { type: 'string' },
    dir: { type: 'string' },
  },
});
const median = (numbers: number[]) =>
  [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
const dir = values.dir ?? (await mkdtemp(path.join(tmpdir(), 'minutebook-analysis-')));
try {
  if (!values.dir)
    await writeArchive(
      dir,
      createArchive({ seed: values.seed, meetings: Number(values.meetings) }),
    );
  const walls: number[] = [];
  const cpus: number[] = [];
  const mains: number[] = [];
  let count = 0;
  for (let run = 0; run < Number(values.runs); run++) {
    const cpu = process.cpuUsage();
    const main = process.threadCpuUsage();
    const started = performance.now();
    const synced = await syncContent({
      dir,
      base: '/',
      includeDrafts: false,
      codeVersion: 'bench',
      previous: () => undefined,
      ...(values.threads ? { threads: Number(values.threads) } : {}),
    });
    if (!synced.context) throw new Error(formatProblems(synced.problems));
    const archive = assembleArchive(
      createAnalysisTools(synced.context),
      synced.meetings.map((meeting) => meeting.analysis),
      synced.drafts,
    );
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
    const mainUsed = process.threadCpuUsage(main);
    mains.push((mainUsed.user + mainUsed.system) / 1000);
    count = archive.meetings.length;
  }
  const wall = median(walls);
  const cpu = median(cpus);
  console.log(
    `${count} meetings: content step ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU, main thread ${median(mains).toFixed(0)} ms CPU (medians of ${walls.length}); ${(wall / count).toFixed(1)} ms wall, ${(cpu / count).toFixed(1)} ms CPU a meeting`,
  );
  console.log(
    `runs: ${walls.map((w, at) => `${w.toFixed(0)} wall / ${cpus[at]!.toFixed(0)} CPU / ${mains[at]!.toFixed(0)} main`).join('; ')}`,
  );
} finally {
  if (!values.dir) await rm(dir, { recursive: true, force: true });
}
