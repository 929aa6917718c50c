/**
 * `npm run topics:suggest [-- <content-dir>]`: lists headings that no topic matches and the most frequent
 * terms (words and two-word phrases) that no topic covers, to help grow `topics.yaml`.
 * Reads `<content-dir>/minutes/**` (default: $CONTENT_DIR or `content/`), `topics.yaml` and `people.yaml`
 * (people's names are not suggested as topics). Prints to stdout; changes nothing.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadPeopleRegistry, loadTopicsRegistry } from '../src/lib/registries.ts';
import { createTopicMatcher } from '../src/lib/topics/topic-matcher.ts';
import { foldNameToken, foldTopicText, tokenize } from '../src/lib/text/normalize.ts';

const STOPWORDS = new Set(
  `a about above after again against all also an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers him
  his how i if in into is it its itself just me more most my no nor not now of off on once only or other our out over
  own same she should so some such than that the their them then there these they this those through to too under
  until up very was we were what when where which while who whom why will with would you your discussion discussed
  update updates new next meeting call minutes topics attendees group team mentioned suggested noted asked agreed
  work working need needs needed use using used current currently issue issues pr prs pull request requests week
  support would like also may might still etc e g i e via well one two first however plan plans possible potential
  svsm coconut make made get getting want wants able way ways time point points part parts related regarding based
  further including include includes proposal proposed status discuss questions question open item items action
  decision consensus agreement`.split(/\s+/u),
);

async function listMinutes(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && /\.mdx?$/u.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

async function main(): Promise<void> {
  const contentDir = path.resolve(process.argv[2] ?? process.env['CONTENT_DIR'] ?? 'content');
  const [topics, people] = await Promise.all([
    loadTopicsRegistry(path.join(contentDir, 'topics.yaml')),
    loadPeopleRegistry(path.join(contentDir, 'people.yaml')),
  ]);
  for (const problem of [...topics.problems, ...people.problems]) {
    console.error(`${problem.file}:${problem.line ?? ''}: ${problem.message}`);
  }
  const matcher = createTopicMatcher(topics.value);
  const nameWords = new Set<string>();
  for (const person of people.value) {
    for (const spelling of [person.name, ...person.aliases]) {
      for (const t of tokenize(spelling)) nameWords.add(foldNameToken(t.text));
    }
  }

  const files = await listMinutes(path.join(contentDir, 'minutes'));
  if (files.length === 0) {
    console.log(`No minutes found under ${path.join(contentDir, 'minutes')}.`);
    return;
  }
  const uncoveredHeadings = new Map<string, string[]>();
  const termFiles = new Map<string, Set<string>>();
  // Single words are only suggested when they look like a subject: an acronym or a heading word.
  const subjectWords = new Set<string>();
  for (const file of files) {
    const source = (await readFile(file, 'utf8')).replace(/^---\n[\s\S]*?\n---\n/u, '');
    const name = path.relative(contentDir, file);
    for (const line of source.split('\n')) {
      const heading = /^#{2,6}\s+(.*)$/u.exec(line)?.[1];
      if (heading !== undefined && matcher.match(heading).length === 0) {
        const clean = heading.replace(/[*_`]/gu, '').replace(/:$/u, '').trim();
        if (clean) uncoveredHeadings.set(clean, [...(uncoveredHeadings.get(clean) ?? []), name]);
      }
      // Blank out what topics already cover, then count what is left.
      let text = line.replace(/\]\([^)]*\)/gu, ']').replace(/https?:\/\/\S+/gu, ' ');
      for (const m of matcher.match(text))
        text = text.slice(0, m.start) + ' '.repeat(m.end - m.start) + text.slice(m.end);
      const words = tokenize(text).map((t) => ({ ...t, key: foldTopicText(t.text) }));
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (
          !w ||
          w.key.length < 3 ||
          /^\d+$/u.test(w.key) ||
          STOPWORDS.has(w.key) ||
          nameWords.has(foldNameToken(w.text))
        )
          continue;
        const add = (term: string): void => {
          const set = termFiles.get(term) ?? new Set<string>();
          set.add(name);
          termFiles.set(term, set);
        };
        add(w.key);
        if (
          heading !== undefined ||
          /^\p{Lu}[\p{Lu}\p{N}]+s?$/u.test(w.text) ||
          /\p{Ll}\p{Lu}/u.test(w.text)
        )
          subjectWords.add(w.key);
        const next = words[i + 1];
        if (
          next &&
          /^[ \t-]+$/u.test(text.slice(w.end, next.start)) &&
          next.key.length >= 3 &&
          !STOPWORDS.has(next.key) &&
          !nameWords.has(foldNameToken(next.text))
        ) {
          add(`${w.key} ${next.key}`);
        }
      }
    }
  }

  console.log(`Headings no topic matches (${uncoveredHeadings.size}):`);
  for (const [heading, where] of [...uncoveredHeadings].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  )) {
    console.log(`  ${heading}  (${where.length}×, e.g. ${where[0]})`);
  }
  const minFiles = Math.max(2, Math.ceil(files.length * 0.05));
  const frequent = [...termFiles]
    .filter(([term, set]) => set.size >= minFiles && (term.includes(' ') || subjectWords.has(term)))
    .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))
    .slice(0, 60);
  console.log(
    `\nFrequent phrases, acronyms and heading words no topic covers (in at least ${minFiles} of ${files.length} minutes):`,
  );
  for (const [term, set] of frequent) console.log(`  ${term}  (${set.size} minutes)`);
}

await main();
