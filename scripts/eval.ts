/**
 * npm run eval [-- --write] [--corpus <dir>] [--details]
 * Measures commitments, decisions, suggestions, topics and text-only people against the annotations in
 * eval/annotations, for the tune and the report set, next to the naive keyword baseline. Prints the tables;
 * `--write` also writes them to EVALUATION.md; `--details` prints only the tune set's
 * misses and false positives line by line (for developing the rules; never commit its output). A measurement: it fails only when it cannot run.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { formatReport } from '../tools/eval/report.ts';
import { runEvaluation } from '../tools/eval/run.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    details: { type: 'boolean', default: false },
    corpus: { type: 'string', default: path.join(repoRoot, '../shared/corpus') },
  },
});

const result = await runEvaluation({
  repoRoot,
  corpusRoot: path.resolve(values.corpus),
  annotationsDir: path.join(repoRoot, 'eval/annotations'),
  details: values.details,
});
if (values.details) {
  console.log(result.details.join('\n'));
  process.exit(0);
}
const report = formatReport(result, new Date().toISOString().slice(0, 10));
console.log(report);
if (values.write) {
  // Written as Prettier formats it, so the repository's format check holds for a regenerated file.
  const file = path.join(repoRoot, 'EVALUATION.md');
  const options = (await resolveConfig(file)) ?? {};
  await writeFile(file, await format(report, { ...options, filepath: file }));
  console.log('wrote EVALUATION.md');
}
