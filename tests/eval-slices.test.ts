import { describe, expect, it } from 'vitest';
import type { OutcomesEntry } from '../tools/eval/annotations.ts';
import type { FilePredictions } from '../tools/eval/predictions.ts';
import { outcomeSlices } from '../tools/eval/slices.ts';

const gold: OutcomesEntry[] = [
  {
    file: 'alpha/2024-01-01.md',
    set: 'report',
    items: [
      { line: 3, label: 'commitment', owners: ['Ada Lovelace'] },
      { line: 4, label: 'commitment', owners: [] },
      { line: 5, label: 'decision', owners: [] },
    ],
  },
  {
    file: 'beta/2024-01-02.md',
    set: 'report',
    items: [{ line: 7, label: 'commitment', owners: [] }],
  },
  { file: 'beta/2024-01-03.md', set: 'tune', items: [{ line: 2, label: 'decision', owners: [] }] },
];

const predicted = new Map<string, FilePredictions>([
  [
    'alpha/2024-01-01.md',
    {
      outcomes: [
        { line: 3, label: 'commitment', owners: ['Ada Lovelace'] },
        // Found, but given an owner where the annotation has the group.
        { line: 4, label: 'commitment', owners: ['Ben Ng'] },
      ],
      sections: new Map(),
    },
  ],
  ['beta/2024-01-02.md', { outcomes: [], sections: new Map() }],
]);

const figures = (set: 'tune' | 'report') =>
  Object.fromEntries(
    outcomeSlices(gold, predicted, set).map(({ slice, label, counts }) => [
      `${slice} ${label}`,
      [counts.gold, counts.found, counts.hits],
    ]),
  );

describe('outcome figures per archive and owner kind', () => {
  it('counts each archive of the set on its own', () => {
    const report = figures('report');
    expect(report['alpha commitment']).toEqual([2, 2, 2]);
    expect(report['alpha decision']).toEqual([1, 0, 0]);
    expect(report['beta commitment']).toEqual([1, 0, 0]);
    // The tune file of beta is not in the report figures.
    expect(report['beta decision']).toEqual([0, 0, 0]);
    expect(figures('tune')['beta decision']).toEqual([1, 0, 0]);
  });

  it('splits commitments by whether the annotation names owners, counting a wrong kind as a miss', () => {
    const report = figures('report');
    expect(report['named owners commitment']).toEqual([1, 2, 1]);
    expect(report['group commitment']).toEqual([2, 0, 0]);
  });
});
