/**
 * Outcome figures split by archive and, for commitments, by kind of owner (named people or the group):
 * aggregate counts that say where recall is lost without showing any line of the report set.
 */
import type { EvalSet, OutcomeLabel, OutcomesEntry } from './annotations.ts';
import type { FilePredictions } from './predictions.ts';
import { scoreOutcomes, type Counts } from './score.ts';

export interface OutcomeSlice {
  /** An archive (`coconut-svsm`) or a kind of owner (`named owners`, `group`). */
  slice: string;
  label: OutcomeLabel;
  counts: Counts;
}

const archiveOf = (file: string) => file.split('/')[0] ?? file;

type Outcome = { label: OutcomeLabel; owners: readonly string[] };

/**
 * Commitments of one owner kind only, on both sides. A commitment found with owners where the
 * annotation has none (or the reverse) is a miss in one kind and a false positive in the other.
 */
function ofOwnerKind(
  gold: readonly OutcomesEntry[],
  predicted: ReadonlyMap<string, FilePredictions>,
  named: boolean,
) {
  const keep = (o: Outcome) => o.label === 'commitment' && o.owners.length > 0 === named;
  return {
    gold: gold.map((entry) => ({ ...entry, items: entry.items.filter(keep) })),
    predicted: new Map(
      [...predicted].map(([file, p]) => [file, { ...p, outcomes: p.outcomes.filter(keep) }]),
    ),
  };
}

export function outcomeSlices(
  gold: readonly OutcomesEntry[],
  predicted: ReadonlyMap<string, FilePredictions>,
  set: EvalSet,
): OutcomeSlice[] {
  const slices: OutcomeSlice[] = [];
  const archives = [...new Set(gold.map((entry) => archiveOf(entry.file)))].sort();
  for (const archive of archives) {
    const counts = scoreOutcomes(
      gold.filter((entry) => archiveOf(entry.file) === archive),
      predicted,
      set,
    );
    for (const label of Object.keys(counts) as OutcomeLabel[])
      slices.push({ slice: archive, label, counts: counts[label] });
  }
  for (const [slice, named] of [
    ['named owners', true],
    ['group', false],
  ] as const) {
    const kind = ofOwnerKind(gold, predicted, named);
    slices.push({
      slice,
      label: 'commitment',
      counts: scoreOutcomes(kind.gold, kind.predicted, set).commitment,
    });
  }
  return slices;
}
