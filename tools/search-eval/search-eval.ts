/**
 * Search quality on a real archive: every query of the set runs in the built site's /search/ page
 * and, in the same run, in stock Pagefind over the same pages; prints hit@1, hit@10 and MRR at section
 * level for the tuning and the held-out report queries, and can write them to SEARCH.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import { launchBrowser } from '../browser.ts';
import { startStaticServer } from '../serve.ts';
import { detectSiteBase } from '../site-base.ts';
import { figuresOf, isReportQuery } from './metrics.ts';
import type { Figures, QueryOutcome } from './metrics.ts';
import { parseQueries, rankOf, resolveExpectations } from './queries.ts';
import type { Expectation } from './queries.ts';
import { minutebookResults, stockResults } from './run-queries.ts';
import { removeStockIndex, stockFolder, writeStockIndex } from './stock-index.ts';

export interface SearchEvalOptions {
  siteDir: string;
  corpusDir: string;
  queriesFile: string;
  /** Markdown file to write the figures to. */
  reportFile?: string | undefined;
  log: (line: string) => void;
}

export interface QueryResult {
  expectation: Expectation;
  minutebook: QueryOutcome;
  stock: QueryOutcome;
}

export interface SearchEvalResult {
  results: QueryResult[];
  tune: { minutebook: Figures; stock: Figures };
  report: { minutebook: Figures; stock: Figures };
  all: { minutebook: Figures; stock: Figures };
}

export async function runSearchEval(options: SearchEvalOptions): Promise<SearchEvalResult> {
  const { log } = options;
  const queries = parseQueries(await readFile(options.queriesFile, 'utf8'), options.queriesFile);
  const expectations = await resolveExpectations(queries, options.corpusDir, options.siteDir);
  const base = await detectSiteBase(options.siteDir);
  await writeStockIndex(options.siteDir);
  const server = await startStaticServer(options.siteDir, { base });
  const browser = await launchBrowser();
  const results: QueryResult[] = [];
  try {
    const page = await browser.newPage();
    const stockPage = await browser.newPage();
    await stockPage.goto(`${server.origin}${base}`);
    const stockUrl = `${server.origin}${base}${stockFolder}/pagefind.js`;
    for (const expectation of expectations) {
      const { query } = expectation;
      const url = `${server.origin}${base}search/?${new URLSearchParams({ q: query.query }).toString()}`;
      const ours = await minutebookResults(page, url);
      const stock = await stockResults(stockPage, stockUrl, query.query);
      const result: QueryResult = {
        expectation,
        minutebook: { rank: rankOf(expectation, ours.slice(0, 10), base), results: ours.length },
        stock: { rank: rankOf(expectation, stock.slice(0, 10), base), results: stock.length },
      };
      results.push(result);
      const show = (o: QueryOutcome) =>
        o.results === 0 ? 'none' : o.rank === 0 ? '>10' : `#${o.rank}`;
      log(
        `${show(result.minutebook).padStart(4)} ${show(result.stock).padStart(4)}  ${query.kind.padEnd(8)} ${query.query}  → ${query.file}:${query.line}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    await removeStockIndex(options.siteDir);
  }
  const split = (keep: (index: number) => boolean) => {
    const chosen = results.filter((_, index) => keep(index));
    return {
      minutebook: figuresOf(chosen.map((r) => r.minutebook)),
      stock: figuresOf(chosen.map((r) => r.stock)),
    };
  };
  const outcome: SearchEvalResult = {
    results,
    tune: split((index) => !isReportQuery(index)),
    report: split(isReportQuery),
    all: split(() => true),
  };
  const table = figuresTable(outcome);
  log('');
  log(table);
  if (options.reportFile) {
    // Written as Prettier formats it, so the repository's format check holds for a regenerated file.
    const config = (await resolveConfig(options.reportFile)) ?? {};
    const report = await format(searchReport(outcome, table), {
      ...config,
      filepath: options.reportFile,
    });
    await writeFile(options.reportFile, report);
  }
  return outcome;
}

const percent = (value: number) => `${(value * 100).toFixed(0)} %`;

export function figuresTable(outcome: SearchEvalResult): string {
  const rows: string[] = [
    '| queries | engine | n | hit@1 | hit@10 | MRR | no results |',
    '| ------- | ------ | -: | ----: | -----: | --: | ---------: |',
  ];
  for (const [label, set] of [
    ['tune', outcome.tune],
    ['report (held out)', outcome.report],
    ['all', outcome.all],
  ] as const) {
    for (const [engine, figures] of [
      ['Minutebook', set.minutebook],
      ['stock Pagefind', set.stock],
    ] as const) {
      rows.push(
        `| ${label} | ${engine} | ${figures.queries} | ${percent(figures.hitAt1)} | ${percent(figures.hitAt10)} | ${figures.mrr.toFixed(3)} | ${figures.empty} |`,
      );
    }
  }
  return rows.join('\n');
}

function searchReport(outcome: SearchEvalResult, table: string): string {
  const kinds = new Map<string, QueryResult[]>();
  for (const result of outcome.results) {
    const list = kinds.get(result.expectation.query.kind) ?? [];
    list.push(result);
    kinds.set(result.expectation.query.kind, list);
  }
  const kindRows = [...kinds].map(([kind, list]) => {
    const ours = figuresOf(list.map((r) => r.minutebook));
    const stock = figuresOf(list.map((r) => r.stock));
    return `| ${kind} | ${list.length} | ${ours.mrr.toFixed(3)} | ${stock.mrr.toFixed(3)} |`;
  });
  return `# Search quality

Generated by \`npm run search:eval\`; do not edit by hand.

${outcome.results.length} queries of \`eval/search-queries.jsonl\` (written for this by hand: topics, people,
spelling variants, typos, facts, PR numbers, acronyms, questions), each pointing at the heading of the
section a reader wants, in the COCONUT-SVSM minutes of \`../shared/corpus\`. Each runs in the built site's
real \`/search/\` page in headless Chromium; the first ten result links count. A hit is a link to that
section or one of its subsections. **Stock Pagefind** is a plain Pagefind index of the same built pages
with default settings, listed as its default UI lists results (pages in rank order, up to three
sub-results each, most matches first). Every third query is held out from tuning (the report set).

${table}

By kind (MRR, all queries):

| kind | n | Minutebook | stock Pagefind |
| ---- | -: | ---------: | -------------: |
${kindRows.join('\n')}
`;
}
