/** hit@1, hit@10 and mean reciprocal rank over ranks (1-based; 0 = not in the first ten). */
export interface Figures {
  queries: number;
  hitAt1: number;
  hitAt10: number;
  mrr: number;
  /** Queries for which nothing at all was listed. */
  empty: number;
}

export interface QueryOutcome {
  rank: number;
  results: number;
}

export function figuresOf(outcomes: readonly QueryOutcome[]): Figures {
  const n = outcomes.length;
  const share = (count: number) => (n === 0 ? 0 : count / n);
  return {
    queries: n,
    hitAt1: share(outcomes.filter((o) => o.rank === 1).length),
    hitAt10: share(outcomes.filter((o) => o.rank >= 1 && o.rank <= 10).length),
    mrr: share(
      outcomes.reduce((sum, o) => sum + (o.rank >= 1 && o.rank <= 10 ? 1 / o.rank : 0), 0),
    ),
    empty: outcomes.filter((o) => o.results === 0).length,
  };
}

/** Every third query (the 3rd, 6th, …) is held out for reporting; the rest are for tuning. */
export function isReportQuery(index: number): boolean {
  return index % 3 === 2;
}
