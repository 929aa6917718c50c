/**
 * npm run eval [-- --write] [--corpus <dir>] [--details]
 * Measures commitments, decisions, suggestions, topics and text-only people against the annotations in
 * eval/annotations, for the tune and the report set, next to the naive keyword baseline. Prints the tables;
 * `--write` also writes them to EVALUATION.md; `--details` prints only the tune set's
 * misses and false positives line by line (for developing the rules; never commit its output). A measurement: it fails only when it cannot run.
 */
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { compareAnnotations } from '../tools/eval/agreement.ts';
import { readOutcomes } from '../tools/eval/annotations.ts';
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

const annotationsDir = path.join(repoRoot, 'eval/annotations');
const result = await runEvaluation({
  repoRoot,
  corpusRoot: path.resolve(values.corpus),
  annotationsDir,
  details: values.details,
});
if (values.details) {
  console.log(result.details.join('\n'));
  process.exit(0);
}
// The second reader's labels are optional: without them the report has no agreement section.
const secondReader = path.join(annotationsDir, 'second-reader.jsonl');
const agreement = await access(secondReader).then(
  async () =>
    compareAnnotations(
      await readOutcomes(path.join(annotationsDir, 'outcomes.jsonl')),
      await readOutcomes(secondReader),
      'report',
    ),
  () => undefined,
);
const report = formatReport(result, new Date().toISOString().slice(0, 10), agreement);
console.log(report);
if (values.write) {
  // Written as Prettier formats it, so the repository's format check holds for a regenerated file.
  const file = path.join(repoRoot, 'EVALUATION.md');
  const options = (await resolveConfig(file)) ?? {};
  await writeFile(file, await format(report, { ...options, filepath: file }));
  console.log('wrote EVALUATION.md');
}
