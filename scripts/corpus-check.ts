/**
 * npm run corpus:check -- [--corpus <dir>] [--seed <file>] [--work <dir>]
 * Imports the shared minutes corpus, builds the site from it and checks that nothing was lost.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCorpusCheck } from '../tools/corpus/corpus-run.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    corpus: {
      type: 'string',
      default: path.join(repoRoot, '../shared/corpus/coconut-svsm/Meetings'),
    },
    work: { type: 'string' },
    seed: {
      type: 'string',
      default: path.join(repoRoot, '../shared/seed/000_9dbe22ca825de2ec.txt'),
    },
  },
});

const results = await runCorpusCheck({
  repoRoot,
  corpusDir: path.resolve(process.env['INIT_CWD'] ?? process.cwd(), values.corpus),
  seedFile: values.seed,
  shippedSeed: path.join(repoRoot, 'content/minutes/2024-11-27-svsm-development-call.mdx'),
  workDir:
    values.work === undefined
      ? undefined
      : path.resolve(process.env['INIT_CWD'] ?? process.cwd(), values.work),
  log: (line) => console.log(line),
});
const failed = results.filter((result) => !result.ok).length;
console.log(`corpus-check: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
