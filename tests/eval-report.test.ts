import { describe, expect, it } from 'vitest';
import { compareAnnotations } from '../tools/eval/agreement.ts';
import type { OutcomesEntry } from '../tools/eval/annotations.ts';
import { formatReport } from '../tools/eval/report.ts';
import type { EvaluationResult, SetResult } from '../tools/eval/run.ts';
import { emptyCounts } from '../tools/eval/score.ts';

const noOutcomes = () => ({
  commitment: emptyCounts(),
  decision: emptyCounts(),
  suggestion: emptyCounts(),
});
const emptySet = (): SetResult => ({
  outcomes: noOutcomes(),
  baselineOutcomes: noOutcomes(),
  outcomeSlices: [],
  topics: new Map([
    ['all', { any: emptyCounts(), primary: emptyCounts(), mention: emptyCounts() }],
  ]),
  baselineTopics: new Map([
    ['all', { any: emptyCounts(), primary: emptyCounts(), mention: emptyCounts() }],
  ]),
  people: { gold: 0, withPage: 0, linkedThere: 0, pageless: 0, missing: [] },
});
const result: EvaluationResult = {
  sets: { tune: emptySet(), report: emptySet() },
  topicIds: [],
  timings: [],
  problems: [],
  refusedAnnotated: [],
  details: [],
};

// Two invented readers of one invented report file.
const reader = (decisionLine: number): OutcomesEntry[] => [
  {
    file: 'alpha/2024-01-01.md',
    set: 'report',
    items: [
      { line: 3, label: 'commitment', owners: ['Ada Lovelace'] },
      { line: decisionLine, label: 'decision', owners: [] },
    ],
  },
];

describe('the evaluation report', () => {
  it('shows how far two readers agree on the report set when a second reader exists', () => {
    const report = formatReport(
      result,
      '2026-12-01',
      compareAnnotations(reader(5), reader(6), 'report'),
    );
    expect(report).toContain('## How far two readers agree (report set)');
    expect(report).toContain('second reader labelled the 1 report files blind');
    // Same commitment in both, the decision on different lines: one each only.
    expect(report).toMatch(/\| all \| commitment \| 1 \| 0 \| 0 \| 100\.0 % \|/u);
    expect(report).toMatch(/\| all \| decision \| 0 \| 1 \| 1 \|/u);
  });

  it('has no agreement section without a second reader', () => {
    expect(formatReport(result, '2026-12-01')).not.toContain('two readers agree');
  });
});
