import type { PageWeight } from './page-weight.ts';

/** The page-weight budget of issue 6. KB = 1024 bytes; sizes are uncompressed bytes on disk. */
export interface Budget {
  /** Up-front JavaScript per page: only the header search loader may load before use. */
  maxJsBytes: number;
  /** CSS per page, linked and inline together. */
  maxCssBytes: number;
  /** HTML of a single meeting page. */
  maxMeetingHtmlBytes: number;
  /**
   * The search page runs its own results UI up front (that is what the page is for), so it has its
   * own cap instead of the loader's; Pagefind itself still loads only when a search runs.
   */
  maxSearchPageJsBytes: number;
}

export const defaultBudget: Budget = {
  maxJsBytes: 5 * 1024,
  maxCssBytes: 25 * 1024,
  maxMeetingHtmlBytes: 60 * 1024,
  maxSearchPageJsBytes: 12 * 1024,
};

/** Meeting pages are `/…/meetings/<id>/`; year pages (`/meetings/2025/`) are lists, not meetings. */
export function isMeetingPage(url: string): boolean {
  return /\/meetings\/(?!\d{4}\/$)[^/]+\/$/.test(url);
}

/** The search page, `/…/search/`. */
export function isSearchPage(url: string): boolean {
  return /\/search\/$/.test(url);
}

export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Every figure over budget, each naming the page, what it measured and the limit. */
export function findBudgetOverruns(
  weights: readonly PageWeight[],
  budget: Budget = defaultBudget,
): string[] {
  const overruns: string[] = [];
  for (const weight of weights) {
    const maxJs = isSearchPage(weight.page) ? budget.maxSearchPageJsBytes : budget.maxJsBytes;
    if (weight.jsBytes > maxJs) {
      const list = weight.scripts.map((script) => `${script.url} ${script.bytes} B`).join(', ');
      overruns.push(
        `${weight.page}: ${formatKilobytes(weight.jsBytes)} of JavaScript up front (limit ${formatKilobytes(maxJs)}): ${list}`,
      );
    }
    if (weight.cssBytes >= budget.maxCssBytes) {
      overruns.push(
        `${weight.page}: ${formatKilobytes(weight.cssBytes)} of CSS (limit under ${formatKilobytes(budget.maxCssBytes)})`,
      );
    }
    if (isMeetingPage(weight.page) && weight.htmlBytes >= budget.maxMeetingHtmlBytes) {
      overruns.push(
        `${weight.page}: ${formatKilobytes(weight.htmlBytes)} of HTML (meeting pages stay under ${formatKilobytes(budget.maxMeetingHtmlBytes)})`,
      );
    }
  }
  return overruns;
}

/** A table of what was measured, so CI logs show the figures and how close each is to its limit. */
export function formatWeightTable(weights: readonly PageWeight[]): string {
  const rows = weights.map((weight) => [
    weight.page,
    String(weight.htmlBytes),
    String(weight.cssBytes),
    String(weight.jsBytes),
  ]);
  const header = ['page', 'HTML B', 'CSS B', 'JS B'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

/** The largest figure of each kind: what the closing note and CI summary quote. */
export function summariseWeights(weights: readonly PageWeight[]): string {
  const largest = (pick: (weight: PageWeight) => number, pages: readonly PageWeight[] = weights) =>
    pages.reduce<PageWeight | undefined>(
      (best, weight) => (!best || pick(weight) > pick(best) ? weight : best),
      undefined,
    );
  const meetings = weights.filter((weight) => isMeetingPage(weight.page));
  const js = largest(
    (weight) => weight.jsBytes,
    weights.filter((weight) => !isSearchPage(weight.page)),
  );
  const search = weights.find((weight) => isSearchPage(weight.page));
  const css = largest((weight) => weight.cssBytes);
  const html = largest((weight) => weight.htmlBytes, meetings);
  const describe = (label: string, bytes: number | undefined, page: string | undefined) =>
    `${label} ${bytes === undefined ? 'n/a' : `${formatKilobytes(bytes)} (${bytes} B) on ${page}`}`;
  return [
    `Page weights over ${weights.length} pages (${meetings.length} meeting pages):`,
    describe('  largest up-front JS:', js?.jsBytes, js?.page),
    describe('  search page JS:', search?.jsBytes, search?.page),
    describe('  largest CSS:', css?.cssBytes, css?.page),
    describe('  largest meeting HTML:', html?.htmlBytes, html?.page),
  ].join('\n');
}
