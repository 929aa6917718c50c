/**
 * Writes one synthetic archive: `tsx bench/generate.ts --meetings 1000 [--seed 7] [--out dir]`.
 * The bench calls `createArchive` itself; this entry point is for looking at or reusing an archive.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createArchive, writeArchive } from './generate-archive.ts';

const { values } = parseArgs({
  options: {
    meetings: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const meetings = Number(values.meetings);
if (!Number.isInteger(meetings) || meetings < 1) {
  console.error(`--meetings must be a positive whole number, got "${values.meetings}"`);
  process.exit(2);
}
const out = path.resolve(values.out ?? `bench/.work/archives/${meetings}`);
const archive = createArchive({ seed: values.seed, meetings });
await writeArchive(out, archive);
console.log(`Wrote ${archive.meetings.length} meetings to ${out}`);
