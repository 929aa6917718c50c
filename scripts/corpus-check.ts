/**
 * npm run corpus:check -- [--corpus <dir>] [--only <archive>] [--work <dir>] [--seed <file>]
 * Imports each real archive of the shared corpus (coconut-svsm, openjs-cpc, webassembly-cg; see its
 * README.md), builds a site from it and checks what a reader would notice: no failed file, every source
 * line on its page, one person per GitHub handle, no person made of a sentence, no broken internal link.
 * Without the corpus (no ../shared beside the project) it says so and exits 0.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusArchives, runCorpusCheck } from '../tools/corpus/corpus-run.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const cwd = process.env['INIT_CWD'] ?? process.cwd();
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.join(repoRoot, '../shared/corpus') },
    only: { type: 'string' },
    work: { type: 'string' },
    seed: {
      type: 'string',
      default: path.join(repoRoot, '../shared/seed/000_9dbe22ca825de2ec.txt'),
    },
  },
});

const corpus = path.resolve(cwd, values.corpus);
if (!(await stat(corpus).catch(() => undefined))?.isDirectory()) {
  console.log(
    `corpus-check: skipped, no corpus at ${corpus} (it needs ../shared beside the project)`,
  );
  process.exit(0);
}
const archives = corpusArchives.filter((archive) => !values.only || archive.name === values.only);
if (archives.length === 0) {
  console.error(
    `corpus-check: no archive "${values.only}" (known: ${corpusArchives.map((a) => a.name).join(', ')})`,
  );
  process.exit(2);
}

let passed = 0;
let failed = 0;
for (const archive of archives) {
  console.log(`\n== ${archive.name}`);
  const results = await runCorpusCheck({
    repoRoot,
    corpusDir: path.join(corpus, archive.name),
    archive,
    // The shipped meeting is the import of one SVSM meeting.
    ...(archive.name === 'coconut-svsm'
      ? {
          seedFile: values.seed,
          shippedSeed: path.join(repoRoot, 'content/minutes/2024-11-27-svsm-development-call.mdx'),
        }
      : {}),
    workDir: values.work === undefined ? undefined : path.resolve(cwd, values.work, archive.name),
    log: (line) => console.log(line),
  });
  const bad = results.filter((result) => !result.ok).length;
  passed += results.length - bad;
  failed += bad;
}
console.log(`\ncorpus-check: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
