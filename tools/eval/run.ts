/**
 * The whole evaluation: each archive of the corpus imported and analysed in-process, Minutebook and the
 * naive baseline scored against the annotations, per set. Measurement only: it never fails on low figures.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePeopleRegistry, parseTopicsRegistry } from '../../src/lib/registries.ts';
import type { PersonRecord, TopicRecord } from '../../src/lib/types.ts';
import { EVAL_SETS, readAnnotations, type EvalSet, type OutcomeLabel } from './annotations.ts';
import { baselinePredictions } from './baseline.ts';
import { tuneDetails, tuneTopicDetails } from './details.ts';
import { loadCorpusArchive, type CorpusArchive } from './corpus-archive.ts';
import { minutebookPredictions, type FilePredictions } from './predictions.ts';
import { outcomeSlices, type OutcomeSlice } from './slices.ts';
import {
  scoreOutcomes,
  scorePeople,
  scoreTopics,
  type Counts,
  type PeopleScore,
  type TopicScore,
} from './score.ts';

/** The archives of `../shared/corpus` and the registries each is built with. */
const ARCHIVES = [
  { folder: 'coconut-svsm/Meetings', registries: 'content' },
  { folder: 'openjs-cpc/meetings', registries: undefined },
  { folder: 'webassembly-cg/main', registries: undefined },
] as const;

export interface SetResult {
  outcomes: Record<OutcomeLabel, Counts>;
  baselineOutcomes: Record<OutcomeLabel, Counts>;
  /** Minutebook's outcomes per archive and per kind of commitment owner. */
  outcomeSlices: OutcomeSlice[];
  topics: Map<string, TopicScore>;
  baselineTopics: Map<string, TopicScore>;
  people: PeopleScore;
}

export interface ArchiveTiming {
  folder: string;
  meetings: number;
  ms: number;
}

export interface EvaluationResult {
  sets: Record<EvalSet, SetResult>;
  topicIds: string[];
  timings: ArchiveTiming[];
  /** Files the importer refused: their annotations count as missed. */
  problems: string[];
  /** The refused files that carry annotations. */
  refusedAnnotated: string[];
  /** With `details`: the tune set's misses and false positives, line by line. */
  details: string[];
}

export async function runEvaluation(options: {
  repoRoot: string;
  corpusRoot: string;
  annotationsDir: string;
  details?: boolean;
}): Promise<EvaluationResult> {
  const annotations = await readAnnotations(options.annotationsDir);
  const minutebook = new Map<string, FilePredictions>();
  const baseline = new Map<string, FilePredictions>();
  const corpora: CorpusArchive[] = [];
  const timings: ArchiveTiming[] = [];
  const problems: string[] = [];
  for (const { folder, registries } of ARCHIVES) {
    let people: PersonRecord[] = [];
    let topics: TopicRecord[] = [];
    if (registries) {
      const dir = path.join(options.repoRoot, registries);
      people = parsePeopleRegistry(
        await readFile(path.join(dir, 'people.yaml'), 'utf8'),
        'people.yaml',
      ).value;
      topics = parseTopicsRegistry(
        await readFile(path.join(dir, 'topics.yaml'), 'utf8'),
        'topics.yaml',
      ).value;
    }
    const corpus = await loadCorpusArchive({
      corpusRoot: options.corpusRoot,
      folder,
      people,
      topics,
    });
    corpora.push(corpus);
    problems.push(...corpus.problems);
    timings.push({ folder, meetings: corpus.archive.meetings.length, ms: corpus.ms });
    for (const [file, found] of minutebookPredictions(corpus)) minutebook.set(file, found);
    const sources = [...corpus.files.values()];
    for (const [file, found] of baselinePredictions(sources, corpus.archive.people, topics))
      baseline.set(file, found);
  }

  const topicIds = [
    ...new Set(annotations.topics.flatMap((entry) => Object.keys(entry.topics))),
  ].sort();
  const meetingOf = new Map<string, string>();
  for (const corpus of corpora)
    for (const [id, file] of corpus.files) meetingOf.set(file.source, id);
  const people = corpora.flatMap((corpus) =>
    corpus.archive.people.map((person) => ({
      name: person.name,
      aliases: person.aliases,
      url: person.url,
      page: person.page,
      meetings: new Set([...person.attended, ...person.mentions.map((m) => m.meeting)]),
    })),
  );
  const sets = Object.fromEntries(
    EVAL_SETS.map((set): [EvalSet, SetResult] => [
      set,
      {
        outcomes: scoreOutcomes(annotations.outcomes, minutebook, set),
        baselineOutcomes: scoreOutcomes(annotations.outcomes, baseline, set),
        outcomeSlices: outcomeSlices(annotations.outcomes, minutebook, set),
        topics: scoreTopics(annotations.topics, minutebook, set, topicIds),
        baselineTopics: scoreTopics(annotations.topics, baseline, set, topicIds),
        people: scorePeople(annotations.people, people, (file) => meetingOf.get(file), set),
      },
    ]),
  ) as Record<EvalSet, SetResult>;
  const annotated = new Set(
    [...annotations.outcomes, ...annotations.topics, ...annotations.people].map((e) => e.file),
  );
  const refusedAnnotated = problems.filter((problem) => annotated.has(problem.split(':')[0] ?? ''));
  const details = options.details
    ? [
        ...(await tuneDetails(annotations.outcomes, minutebook, options.corpusRoot)),
        ...(await tuneTopicDetails(annotations.topics, minutebook, options.corpusRoot, topicIds)),
      ]
    : [];
  return { sets, topicIds, timings, problems, refusedAnnotated, details };
}
