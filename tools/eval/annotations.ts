/**
 * The hand-made labels in `eval/annotations/*.jsonl` (see its README): pointers into `../shared/corpus`,
 * never text. Each line is checked; a bad line is an error naming the file and line, not a silent skip.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

const set = z.enum(['tune', 'report']);
export type EvalSet = z.infer<typeof set>;
export const EVAL_SETS: readonly EvalSet[] = ['tune', 'report'];

const outcomeLabel = z.enum(['commitment', 'decision', 'suggestion']);
export type OutcomeLabel = z.infer<typeof outcomeLabel>;

const outcomesSchema = z.object({
  file: z.string().min(1),
  set,
  items: z.array(
    z.object({
      line: z.number().int().positive(),
      label: outcomeLabel,
      owners: z.array(z.string()).default([]),
    }),
  ),
});
export type OutcomesEntry = z.infer<typeof outcomesSchema>;

const topicsSchema = z.object({
  file: z.string().min(1),
  line: z.number().int().positive(),
  set,
  topics: z.record(z.string(), z.enum(['primary', 'mention'])),
});
export type TopicsEntry = z.infer<typeof topicsSchema>;

const peopleSchema = z.object({
  file: z.string().min(1),
  line: z.number().int().positive(),
  name: z.string().min(1),
  set,
});
export type PeopleEntry = z.infer<typeof peopleSchema>;

export interface Annotations {
  outcomes: OutcomesEntry[];
  topics: TopicsEntry[];
  people: PeopleEntry[];
}

/**
 * The entries of a JSON Lines file, checked against `schema`; `check` sees each with its line and
 * may refuse it (throw), so an error names the line.
 */
async function readJsonl<T>(
  file: string,
  schema: z.ZodType<T>,
  check: (entry: T, line: number) => void = () => {},
): Promise<T[]> {
  const text = await readFile(file, 'utf8');
  const entries: T[] = [];
  text.split('\n').forEach((line, at) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file}:${at + 1}: not JSON (${(error as Error).message})`, {
        cause: error,
      });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new Error(`${file}:${at + 1}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    }
    check(parsed.data, at + 1);
    entries.push(parsed.data);
  });
  return entries;
}

/** One file of outcome labels in the format of `outcomes.jsonl` (a second reader's, for agreement). */
export function readOutcomes(file: string): Promise<OutcomesEntry[]> {
  // A minutes file labelled twice would be scored twice as gold, and as predictions only once
  // (the later entry), so neither reading is right: it is an error.
  const firstLine = new Map<string, number>();
  return readJsonl(file, outcomesSchema, (entry, line) => {
    const seen = firstLine.get(entry.file);
    if (seen !== undefined)
      throw new Error(`${file}:${line}: ${entry.file} is labelled again (first on line ${seen})`);
    firstLine.set(entry.file, line);
  });
}

export async function readAnnotations(dir: string): Promise<Annotations> {
  return {
    outcomes: await readOutcomes(path.join(dir, 'outcomes.jsonl')),
    topics: await readJsonl(path.join(dir, 'topics.jsonl'), topicsSchema),
    people: await readJsonl(path.join(dir, 'people.jsonl'), peopleSchema),
  };
}
