/**
 * Inter-annotator agreement on outcomes: a second reader's labels of a set of files compared with the
 * first reader's, item by item. An item is shared when both put the same label on the same line of the same
 * file (several items of one label on a line are one, as in scoring). Reader 1 stands where the gold labels
 * stand in scoring and reader 2 where Minutebook does, so precision, recall and F1 read like the system's
 * figures and give the ceiling those sit under. Counting reuses the scorer, so both measure the same way.
 *
 * - `compareAnnotations(first, second, set)` → rows per class for all files, per archive and per kind of
 *   commitment owner, plus the files only one reader annotated (they are left out of the counts and named).
 * - `formatAgreement(agreement)` → the Markdown table `scripts/agreement.ts` prints.
 */
import type { EvalSet, OutcomeLabel, OutcomesEntry } from './annotations.ts';
import type { FilePredictions } from './predictions.ts';
import { outcomeSlices } from './slices.ts';
import { pct, precision, recall, scoreOutcomes, type Counts } from './score.ts';

export interface AgreementRow {
  /** `all`, an archive (`coconut-svsm`) or a kind of commitment owner (`named owners`, `group`). */
  scope: string;
  label: OutcomeLabel;
  both: number;
  onlyFirst: number;
  onlySecond: number;
  /** Shared items whose owner sets are the same (names folded: case, diacritics, transliteration). */
  ownersSame: number;
}

export interface Agreement {
  set: EvalSet;
  files: number;
  rows: AgreementRow[];
  /** Files of the set that only one reader annotated: not compared, so not counted either way. */
  onlyInFirst: string[];
  onlyInSecond: string[];
}

const LABELS: OutcomeLabel[] = ['commitment', 'decision', 'suggestion'];

const rowOf = (scope: string, label: OutcomeLabel, c: Counts): AgreementRow => ({
  scope,
  label,
  both: c.hits,
  onlyFirst: c.gold - c.hits,
  onlySecond: c.found - c.hits,
  ownersSame: c.ownersRight,
});

/** Reader 2 against reader 1: F1 is the harmonic mean of precision and recall. */
export function agreementFigures(row: AgreementRow) {
  const counts: Counts = {
    gold: row.both + row.onlyFirst,
    found: row.both + row.onlySecond,
    hits: row.both,
    ownersRight: row.ownersSame,
  };
  const compared = 2 * row.both + row.onlyFirst + row.onlySecond;
  return {
    precision: precision(counts),
    recall: recall(counts),
    f1: compared === 0 ? undefined : (2 * row.both) / compared,
    owners: row.both === 0 ? undefined : row.ownersSame / row.both,
  };
}

export function compareAnnotations(
  first: readonly OutcomesEntry[],
  second: readonly OutcomesEntry[],
  set: EvalSet,
): Agreement {
  const firstFiles = new Set(first.filter((e) => e.set === set).map((e) => e.file));
  const secondFiles = new Set(second.filter((e) => e.set === set).map((e) => e.file));
  const shared = first.filter((e) => e.set === set && secondFiles.has(e.file));
  const asPredictions = new Map<string, FilePredictions>(
    second
      .filter((e) => e.set === set && firstFiles.has(e.file))
      .map((e) => [e.file, { outcomes: e.items, sections: new Map() }]),
  );
  const all = scoreOutcomes(shared, asPredictions, set);
  const rows = LABELS.map((label) => rowOf('all', label, all[label]));
  for (const { slice, label, counts } of outcomeSlices(shared, asPredictions, set))
    rows.push(rowOf(slice, label, counts));
  return {
    set,
    files: shared.length,
    rows,
    onlyInFirst: [...firstFiles].filter((f) => !secondFiles.has(f)).sort(),
    onlyInSecond: [...secondFiles].filter((f) => !firstFiles.has(f)).sort(),
  };
}

export function formatAgreement(agreement: Agreement): string {
  const lines = [
    `Agreement on the ${agreement.set} set (${agreement.files} files): reader 2 against reader 1`,
    '',
    '| scope | class | both | only reader 1 | only reader 2 | precision | recall | F1 | same owners |',
    '| ----- | ----- | ---- | ------------- | ------------- | --------- | ------ | -- | ----------- |',
  ];
  for (const row of agreement.rows) {
    const f = agreementFigures(row);
    // Decisions have no owners, so their owner agreement says nothing.
    const owners = row.label === 'decision' ? '' : `${row.ownersSame} (${pct(f.owners)})`;
    lines.push(
      `| ${row.scope} | ${row.label} | ${row.both} | ${row.onlyFirst} | ${row.onlySecond} | ${pct(f.precision)} | ${pct(f.recall)} | ${pct(f.f1)} | ${owners} |`,
    );
  }
  for (const [who, files] of [
    ['reader 1', agreement.onlyInFirst],
    ['reader 2', agreement.onlyInSecond],
  ] as const) {
    if (files.length > 0)
      lines.push('', `Annotated by ${who} only, not compared: ${files.join(', ')}`);
  }
  return lines.join('\n');
}
