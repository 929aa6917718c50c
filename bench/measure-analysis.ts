/**
 * The analysis alone, in-process: `tsx bench/measure-analysis.ts --meetings 1000 [--seed 1] [--runs 3]`
 * builds the archive model (people, topics, outcomes, follow-ups, rendered sections) from a synthetic
 * archive, without Astro, and prints the median ms and ms per meeting, wall clock and CPU (user + system
 * of this process, which a shared machine disturbs less). Quicker than `npm run bench` for checking that
 * the analysis stays near-linear.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildArchive } from '../src/lib/archive/build.ts';
import { loadContentFolder } from '../src/lib/content-folder.ts';
import { createArchive, writeArchive } from './generate-archive.ts';

const { values } = parseArgs({
  options: {
    meetings: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
  },
});
const dir = await mkdtemp(path.join(tmpdir(), 'minutebook-analysis-'));
try {
  await writeArchive(dir, createArchive({ seed: values.seed, meetings: Number(values.meetings) }));
  const folder = await loadContentFolder(dir);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let count = 0;
  for (let run = 0; run < Number(values.runs); run++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    count = buildArchive({ ...folder, base: '/' }).meetings.length;
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - started);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const wall = median(times);
  const cpu = median(cpuTimes);
  console.log(
    `${count} meetings: analysis ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU (medians of ${times.length}), ${(wall / count).toFixed(1)} ms/meeting wall, ${(cpu / count).toFixed(1)} ms/meeting CPU`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
