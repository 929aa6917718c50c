/**
 * npm run search:eval -- [--dist <built site>] [--corpus <dir>] [--queries <file>] [--write SEARCH.md]
 * Search quality on the COCONUT-SVSM minutes: imports and builds the corpus (unless --dist names a site
 * built from it), runs every query of the set in the site's /search/ page and in stock Pagefind, and
 * prints hit@1, hit@10 and MRR at section level. Fails below the bar (MRR 0.95, ≤ 1 empty).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusArchives, runCorpusCheck } from '../tools/corpus/corpus-run.ts';
import { runSearchEval } from '../tools/search-eval/search-eval.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const cwd = process.env['INIT_CWD'] ?? process.cwd();
const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    corpus: {
      type: 'string',
      default: path.join(repoRoot, '../shared/corpus/coconut-svsm/Meetings'),
    },
    queries: { type: 'string', default: path.join(repoRoot, 'eval/search-queries.jsonl') },
    write: { type: 'string' },
  },
});
const corpusDir = path.resolve(cwd, values.corpus);

let siteDir = values.dist === undefined ? undefined : path.resolve(cwd, values.dist);
let scratch: string | undefined;
if (!siteDir) {
  scratch = await mkdtemp(path.join(tmpdir(), 'search-eval-'));
  // The minutes folder is the `path` of an archive whose folder is its parent, as in ../shared/corpus.
  const svsm = corpusArchives.find((archive) => archive.registries);
  const checks = await runCorpusCheck({
    repoRoot,
    corpusDir: path.dirname(corpusDir),
    archive: {
      name: path.basename(path.dirname(corpusDir)),
      path: path.basename(corpusDir),
      sourceUrl: svsm?.sourceUrl ?? '',
      registries: true,
    },
    workDir: scratch,
    log: (line) => console.log(line),
  });
  if (!checks.find((check) => check.name === 'build')?.ok) {
    console.error('search-eval: the corpus did not build');
    process.exit(1);
  }
  siteDir = path.join(scratch, 'dist');
}
try {
  const outcome = await runSearchEval({
    siteDir,
    corpusDir,
    queriesFile: path.resolve(cwd, values.queries),
    reportFile: values.write === undefined ? undefined : path.resolve(cwd, values.write),
    log: (line) => console.log(line),
  });
  // The bar (#13): section-level MRR of at least 0.95, at most one query with no results.
  const { mrr, empty } = outcome.all.minutebook;
  const ok = mrr >= 0.95 && empty <= 1;
  console.log(
    `search-eval: ${ok ? 'passed' : 'FAILED'} (MRR ${mrr.toFixed(3)}, target ≥ 0.95; ${empty} with no results, target ≤ 1)`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  if (scratch) await rm(scratch, { recursive: true, force: true });
}
