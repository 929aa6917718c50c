import type { TopicRecord } from '../src/lib/types.ts';
import type { Random } from './random.ts';
import { slugify } from './synthetic-people.ts';
import { components, topicKinds, topicSubjects } from './vocabulary.ts';

export interface SyntheticTopic extends TopicRecord {
  /** Plain spellings (no regex aliases) an author may write in headings and text. */
  spellings: string[];
  weight: number;
}

function acronymOf(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase();
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function createTopics(random: Random, count: number): SyntheticTopic[] {
  const pairs: Array<[string, string]> = [];
  for (const subject of topicSubjects) for (const kind of topicKinds) pairs.push([subject, kind]);
  const chosen = random.sample(pairs, count);
  const acronymCounts = new Map<string, number>();
  for (const [subject, kind] of chosen) {
    const acronym = acronymOf(`${subject} ${kind}`);
    acronymCounts.set(acronym, (acronymCounts.get(acronym) ?? 0) + 1);
  }
  const topics = chosen.map(([subject, kind], rank): SyntheticTopic => {
    const name = `${subject} ${kind}`;
    const spellings: string[] = [];
    const acronym = acronymOf(name);
    // Only unique acronyms of 3+ letters: two-letter ones collide with ordinary words too easily.
    if (acronym.length >= 3 && acronymCounts.get(acronym) === 1) spellings.push(acronym);
    if (subject.includes(' ')) spellings.push(`${subject.replace(/\s+/g, '-')} ${kind}`);
    if (random.chance(0.4)) spellings.push(`${subject} ${kind.toLowerCase()}`);
    const aliases = [...spellings];
    if (random.chance(0.25)) {
      const words = name.split(/\s+/).map((word) => escapeRegex(word.toLowerCase()));
      aliases.push(`/${words.join('[- ]?')}s?/`);
    }
    return {
      id: slugify(name),
      name,
      description: `Work on the ${name.toLowerCase()}, from design discussions to the ${random.pick(components)} changes it needs.`,
      aliases,
      related: [],
      spellings,
      weight: 1 / (rank + 6),
    };
  });
  for (const topic of topics) {
    const [subject, kind] = [
      topic.name.split(' ').slice(0, -1).join(' '),
      topic.name.split(' ').at(-1),
    ];
    const kin = topics.filter(
      (other) =>
        other !== topic &&
        (other.name.startsWith(`${subject} `) || other.name.endsWith(` ${kind ?? ''}`)),
    );
    topic.related = random.sample(kin, random.int(1, 3)).map((other) => other.id);
  }
  return topics;
}
