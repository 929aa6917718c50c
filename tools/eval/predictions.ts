/**
 * What Minutebook found, as pointers comparable with the annotations: per source file, the outcomes (line,
 * label, owner names) and the topic tags of each section (heading line → topic → kind).
 */
import type { TopicKind } from '../../src/lib/types.ts';
import type { OutcomeLabel } from './annotations.ts';
import type { CorpusArchive } from './corpus-archive.ts';

export interface PredictedOutcome {
  line: number;
  label: OutcomeLabel;
  /** Owner names (the person's name, or the name as written when nobody was resolved). */
  owners: string[];
}

export interface FilePredictions {
  outcomes: PredictedOutcome[];
  /** Source heading line → topic id → kind. */
  sections: Map<number, Map<string, TopicKind>>;
}

export function minutebookPredictions(corpus: CorpusArchive): Map<string, FilePredictions> {
  const { archive, files } = corpus;
  const byFile = new Map<string, FilePredictions>();
  const nameOf = (id: string) => archive.peopleById.get(id)?.name ?? id;
  for (const meeting of archive.meetings) {
    const file = files.get(meeting.id);
    if (!file) continue;
    const predictions: FilePredictions = { outcomes: [], sections: new Map() };
    byFile.set(file.source, predictions);
    for (const section of meeting.sections) {
      const line = section.line === undefined ? undefined : file.lines.get(section.line);
      if (line === undefined) continue;
      predictions.sections.set(line, new Map(section.topics.map((tag) => [tag.id, tag.kind])));
    }
  }
  const add = (
    label: OutcomeLabel,
    items: ReadonlyArray<{
      meeting: string;
      line?: number;
      owners?: string[];
      owner?: string | null;
      ownerName?: string;
    }>,
  ) => {
    for (const item of items) {
      const file = files.get(item.meeting);
      const line = item.line === undefined ? undefined : file?.lines.get(item.line);
      const predictions = file ? byFile.get(file.source) : undefined;
      if (!predictions || line === undefined) continue;
      const owners = (item.owners ?? []).map(nameOf);
      // A named but unresolved owner still counts as named, under the name as written.
      if (owners.length === 0 && !item.owner && item.ownerName) owners.push(item.ownerName);
      predictions.outcomes.push({ line, label, owners });
    }
  };
  add('commitment', archive.actions);
  add('suggestion', archive.suggestions);
  add('decision', archive.decisions);
  return byFile;
}
