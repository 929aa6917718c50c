/**
 * npm run eval:agreement [-- --first <jsonl>] [--second <jsonl>] [--set report|tune]
 * Inter-annotator agreement on outcomes: the second reader's labels (eval/annotations/second-reader.jsonl)
 * against the first's (eval/annotations/outcomes.jsonl), per class, per archive and per kind of commitment
 * owner. Reads only the two annotation files, never the corpus or Minutebook. A measurement: it fails only
 * when it cannot run.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareAnnotations, formatAgreement } from '../tools/eval/agreement.ts';
import { EVAL_SETS, readOutcomes, type EvalSet } from '../tools/eval/annotations.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    first: { type: 'string', default: path.join(repoRoot, 'eval/annotations/outcomes.jsonl') },
    second: {
      type: 'string',
      default: path.join(repoRoot, 'eval/annotations/second-reader.jsonl'),
    },
    set: { type: 'string', default: 'report' },
  },
});
if (!EVAL_SETS.includes(values.set as EvalSet)) {
  console.error(`--set must be one of ${EVAL_SETS.join(', ')}, not ${values.set}`);
  process.exit(2);
}
const agreement = compareAnnotations(
  await readOutcomes(values.first),
  await readOutcomes(values.second),
  values.set as EvalSet,
);
console.log(formatAgreement(agreement));
