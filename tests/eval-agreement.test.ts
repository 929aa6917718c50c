import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  agreementFigures,
  compareAnnotations,
  formatAgreement,
  type AgreementRow,
} from '../tools/eval/agreement.ts';
import { readOutcomes, type OutcomesEntry } from '../tools/eval/annotations.ts';

// Two invented readers of the same invented files.
const first: OutcomesEntry[] = [
  {
    file: 'alpha/2024-01-01.md',
    set: 'report',
    items: [
      { line: 3, label: 'commitment', owners: ['Jörg Rödel'] },
      { line: 4, label: 'commitment', owners: [] },
      { line: 4, label: 'decision', owners: [] },
      { line: 9, label: 'suggestion', owners: ['Ada Lovelace'] },
    ],
  },
  {
    file: 'beta/2024-02-01.md',
    set: 'report',
    items: [
      { line: 2, label: 'decision', owners: [] },
      { line: 5, label: 'commitment', owners: ['Ben Ng'] },
    ],
  },
  {
    file: 'beta/2024-03-01.md',
    set: 'report',
    items: [{ line: 1, label: 'decision', owners: [] }],
  },
  { file: 'beta/2024-04-01.md', set: 'tune', items: [{ line: 6, label: 'decision', owners: [] }] },
];

const second: OutcomesEntry[] = [
  {
    file: 'alpha/2024-01-01.md',
    set: 'report',
    items: [
      // The same person, spelled without diacritics.
      { line: 3, label: 'commitment', owners: ['Joerg Roedel'] },
      // Same line and label, another owner.
      { line: 4, label: 'commitment', owners: ['Ada Lovelace'] },
      { line: 7, label: 'decision', owners: [] },
      { line: 9, label: 'suggestion', owners: ['Ada Lovelace'] },
    ],
  },
  {
    file: 'beta/2024-02-01.md',
    set: 'report',
    items: [
      { line: 2, label: 'decision', owners: [] },
      { line: 5, label: 'suggestion', owners: ['Ben Ng'] },
    ],
  },
  {
    file: 'gamma/2024-05-01.md',
    set: 'report',
    items: [{ line: 8, label: 'decision', owners: [] }],
  },
];

const row = (rows: AgreementRow[], scope: string, label: string) =>
  rows.find((r) => r.scope === scope && r.label === label);

describe('agreement between two readers', () => {
  const agreement = compareAnnotations(first, second, 'report');

  it('counts items both readers have, and those only one has, per class', () => {
    expect(row(agreement.rows, 'all', 'commitment')).toMatchObject({
      both: 2,
      onlyFirst: 1,
      onlySecond: 0,
    });
    expect(row(agreement.rows, 'all', 'decision')).toMatchObject({
      both: 1,
      onlyFirst: 1,
      onlySecond: 1,
    });
    expect(row(agreement.rows, 'all', 'suggestion')).toMatchObject({
      both: 1,
      onlyFirst: 0,
      onlySecond: 1,
    });
  });

  it('gives precision, recall and F1 of reader 2 against reader 1', () => {
    const f = agreementFigures(row(agreement.rows, 'all', 'commitment')!);
    expect(f.precision).toBe(1);
    expect(f.recall).toBeCloseTo(2 / 3);
    expect(f.f1).toBeCloseTo(0.8);
    const s = agreementFigures(row(agreement.rows, 'all', 'suggestion')!);
    expect([s.precision, s.recall, s.f1]).toEqual([0.5, 1, 2 / 3]);
  });

  it('compares owners of shared commitments with names folded', () => {
    // Jörg Rödel = Joerg Roedel; the group against a named person differs.
    expect(row(agreement.rows, 'all', 'commitment')?.ownersSame).toBe(1);
    expect(agreementFigures(row(agreement.rows, 'all', 'commitment')!).owners).toBe(0.5);
  });

  it('splits the figures per archive', () => {
    expect(row(agreement.rows, 'alpha', 'decision')).toMatchObject({
      both: 0,
      onlyFirst: 1,
      onlySecond: 1,
    });
    expect(row(agreement.rows, 'beta', 'decision')).toMatchObject({
      both: 1,
      onlyFirst: 0,
      onlySecond: 0,
    });
    expect(row(agreement.rows, 'beta', 'commitment')).toMatchObject({ both: 0, onlyFirst: 1 });
  });

  it('names the files only one reader annotated and leaves them out of the counts', () => {
    expect(agreement.files).toBe(2);
    expect(agreement.onlyInFirst).toEqual(['beta/2024-03-01.md']);
    expect(agreement.onlyInSecond).toEqual(['gamma/2024-05-01.md']);
    const table = formatAgreement(agreement);
    expect(table).toContain('Annotated by reader 1 only, not compared: beta/2024-03-01.md');
    expect(table).toContain('Annotated by reader 2 only, not compared: gamma/2024-05-01.md');
    expect(table).toContain(
      '| all | commitment | 2 | 1 | 0 | 100.0 % | 66.7 % | 80.0 % | 1 (50.0 %) |',
    );
  });

  it('compares only the files of the chosen set', () => {
    const tune = compareAnnotations(first, second, 'tune');
    expect(tune.files).toBe(0);
    expect(tune.onlyInFirst).toEqual(['beta/2024-04-01.md']);
    expect(tune.rows.every((r) => r.both + r.onlyFirst + r.onlySecond === 0)).toBe(true);
  });
});

describe('reading a file of outcome labels', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('names the file and line of a line that is not JSON', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'agreement-'));
    const file = path.join(dir, 'reader.jsonl');
    await writeFile(
      file,
      `${JSON.stringify({ file: 'alpha/x.md', set: 'report', items: [] })}\n{"file": "alpha/y.md",\n`,
    );
    await expect(readOutcomes(file)).rejects.toThrow(`${file}:2: not JSON`);
  });

  it('names the line that labels a minutes file a second time, rather than keep one of them', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'agreement-'));
    const file = path.join(dir, 'reader.jsonl');
    const entry = (line: number) =>
      JSON.stringify({ file: 'alpha/x.md', set: 'report', items: [{ line, label: 'decision' }] });
    await writeFile(
      file,
      `${entry(3)}
${entry(7)}
`,
    );
    await expect(readOutcomes(file)).rejects.toThrow(
      `${file}:2: alpha/x.md is labelled again (first on line 1)`,
    );
  });
});
