/**
 * Precision, recall and owner accuracy of predictions against the annotations, the way information
 * extraction is usually scored: an outcome is found when the same line carries the same label; its owner is
 * right when the set of owner names is the same (names compared folded: case, diacritics, transliteration).
 * A topic is found when the annotated section carries it; "any" ignores the kind, "primary" and "mention"
 * need the kind too.
 */
import { foldName } from '../../src/lib/text/normalize.ts';
import type { EvalSet, OutcomeLabel, OutcomesEntry, TopicsEntry } from './annotations.ts';
import type { FilePredictions } from './predictions.ts';

export interface Counts {
  gold: number;
  found: number;
  hits: number;
  /** Hits whose owners are right (commitments and suggestions). */
  ownersRight: number;
}

export const emptyCounts = (): Counts => ({ gold: 0, found: 0, hits: 0, ownersRight: 0 });

export const precision = (c: Counts) => (c.found === 0 ? undefined : c.hits / c.found);
export const recall = (c: Counts) => (c.gold === 0 ? undefined : c.hits / c.gold);
export const ownerAccuracy = (c: Counts) => (c.hits === 0 ? undefined : c.ownersRight / c.hits);

/** A ratio as the tables print it: one decimal, "—" when it is undefined (nothing to divide by). */
export const pct = (value: number | undefined) =>
  value === undefined ? '—' : `${(value * 100).toFixed(1)} %`;

const ownerKey = (owners: readonly string[]) =>
  [...new Set(owners.map((o) => foldName(o)))].sort().join('|');

/** Outcome counts per label for the files of one set. Several items of one label on a line are one. */
export function scoreOutcomes(
  gold: readonly OutcomesEntry[],
  predicted: ReadonlyMap<string, FilePredictions>,
  set: EvalSet,
): Record<OutcomeLabel, Counts> {
  const counts: Record<OutcomeLabel, Counts> = {
    commitment: emptyCounts(),
    decision: emptyCounts(),
    suggestion: emptyCounts(),
  };
  for (const entry of gold.filter((e) => e.set === set)) {
    const merge = (
      items: ReadonlyArray<{ line: number; label: OutcomeLabel; owners: string[] }>,
    ) => {
      const merged = new Map<string, string[]>();
      for (const item of items) {
        const key = `${item.line}:${item.label}`;
        merged.set(key, [...(merged.get(key) ?? []), ...item.owners]);
      }
      return merged;
    };
    const want = merge(entry.items);
    const got = merge(predicted.get(entry.file)?.outcomes ?? []);
    for (const [key, owners] of want) {
      const label = key.split(':')[1] as OutcomeLabel;
      counts[label].gold++;
      const found = got.get(key);
      if (!found) continue;
      counts[label].hits++;
      if (ownerKey(found) === ownerKey(owners)) counts[label].ownersRight++;
    }
    for (const key of got.keys()) counts[key.split(':')[1] as OutcomeLabel].found++;
  }
  return counts;
}

export type TopicScore = Record<'any' | 'primary' | 'mention', Counts>;

/** Per topic and overall ("all"), over the annotated sections of one set and the annotated topics only. */
export function scoreTopics(
  gold: readonly TopicsEntry[],
  predicted: ReadonlyMap<string, FilePredictions>,
  set: EvalSet,
  topicIds: readonly string[],
): Map<string, TopicScore> {
  const scores = new Map<string, TopicScore>();
  const scoreOf = (id: string) => {
    let score = scores.get(id);
    if (!score) {
      score = { any: emptyCounts(), primary: emptyCounts(), mention: emptyCounts() };
      scores.set(id, score);
    }
    return score;
  };
  scoreOf('all');
  for (const entry of gold.filter((e) => e.set === set)) {
    const tags = predicted.get(entry.file)?.sections.get(entry.line) ?? new Map<string, string>();
    for (const id of topicIds) {
      const want = entry.topics[id];
      const got = tags.get(id);
      for (const score of [scoreOf(id), scoreOf('all')]) {
        if (want) score.any.gold++;
        if (got) score.any.found++;
        if (want && got) score.any.hits++;
        for (const kind of ['primary', 'mention'] as const) {
          if (want === kind) score[kind].gold++;
          if (got === kind) score[kind].found++;
          if (want === kind && got === kind) score[kind].hits++;
        }
      }
    }
  }
  return scores;
}

export interface PeopleScore {
  gold: number;
  /** A person of that name (or alias) has a page. */
  withPage: number;
  /** …and that page lists the annotated meeting (the name is linked there). */
  linkedThere: number;
  /** Registered with `page: false`: no page by the registry's own choice, left out of the target. */
  pageless: number;
  /** The names without a page, for the report. */
  missing: string[];
}

export interface PersonView {
  name: string;
  aliases: readonly string[];
  url: string | null;
  page: boolean;
  meetings: ReadonlySet<string>;
}

export function scorePeople(
  gold: ReadonlyArray<{ file: string; name: string; set: EvalSet }>,
  people: readonly PersonView[],
  meetingOf: (file: string) => string | undefined,
  set: EvalSet,
): PeopleScore {
  const bySpelling = new Map<string, PersonView[]>();
  for (const person of people) {
    for (const spelling of [person.name, ...person.aliases]) {
      const key = foldName(spelling);
      bySpelling.set(key, [...(bySpelling.get(key) ?? []), person]);
    }
  }
  const score: PeopleScore = { gold: 0, withPage: 0, linkedThere: 0, pageless: 0, missing: [] };
  for (const entry of gold.filter((e) => e.set === set)) {
    score.gold++;
    const named = bySpelling.get(foldName(entry.name)) ?? [];
    const candidates = named.filter((p) => p.url !== null);
    if (candidates.length === 0 && named.length > 0 && named.every((p) => !p.page)) {
      score.pageless++;
      continue;
    }
    if (candidates.length === 0) {
      score.missing.push(`${entry.name} (${entry.file})`);
      continue;
    }
    score.withPage++;
    const meeting = meetingOf(entry.file);
    if (meeting && candidates.some((p) => p.meetings.has(meeting))) score.linkedThere++;
  }
  return score;
}
