/**
 * `npm run topics:suggest [-- <content-dir>]`: lists headings that no topic matches and the most frequent
 * terms (words and two-word phrases) that no topic covers, to help grow `topics.yaml`. Prints to stdout;
 * changes nothing.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  minutesBody,
  readMinutesFile,
  readMinutesSources,
} from '../src/lib/minutes/load-folder.ts';
import { formatLocation } from '../src/lib/problems.ts';
import { loadPeopleRegistry, loadSiteSettings, loadTopicsRegistry } from '../src/lib/registries.ts';
import { createStopWords } from '../src/lib/topics/stop-words.ts';
import { createTopicMatcher } from '../src/lib/topics/topic-matcher.ts';
import { foldNameToken, foldTopicText, tokenize } from '../src/lib/text/normalize.ts';
import { loadProjectSettings } from '../tools/project-settings.ts';

const usage = `Usage: npm run topics:suggest [-- <content-dir>]
  Lists the headings no topic of topics.yaml matches, and the frequent phrases, acronyms and heading
  words no topic covers, to help grow topics.yaml. People's names (people.yaml), common English and
  meeting words and the archive's own name (its series, site.yaml title and repository) are left out.
  <content-dir>  the content folder (default: minutebook({ contentDir }) in astro.config.mjs, or CONTENT_DIR)
  -h, --help     show this help`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(usage);
    return 0;
  }
  if (parsed.positionals.length > 1) {
    console.error(
      `expected at most one <content-dir>, got ${parsed.positionals.length}\n\n${usage}`,
    );
    return 2;
  }
  const given = parsed.positionals[0];
  // npm runs scripts from the package root; a folder the user typed is relative to where they typed it.
  const contentDir = given
    ? path.resolve(process.env['INIT_CWD'] ?? process.cwd(), given)
    : (await loadProjectSettings()).contentDir;
  const [topics, people, site] = await Promise.all([
    loadTopicsRegistry(path.join(contentDir, 'topics.yaml')),
    loadPeopleRegistry(path.join(contentDir, 'people.yaml')),
    loadSiteSettings(path.join(contentDir, 'site.yaml')),
  ]);
  for (const problem of [...topics.problems, ...people.problems, ...site.problems]) {
    console.error(`${problem.file}:${problem.line ?? ''}: ${problem.message}`);
  }
  const matcher = createTopicMatcher(topics.value);
  const nameWords = new Set<string>();
  for (const person of people.value) {
    for (const spelling of [person.name, ...person.aliases]) {
      for (const t of tokenize(spelling)) nameWords.add(foldNameToken(t.text));
    }
  }

  // Listed and read the way the site reads them (symlinked files and folders too); a link that leads
  // nowhere is named, and a file the build would refuse is left to the build to report.
  const listing = await readMinutesSources(contentDir);
  for (const problem of [...listing.problems, ...listing.warnings]) {
    console.error(`${formatLocation(problem)}: ${problem.reason}`);
  }
  const files = listing.sources.map((source) => source.file);
  if (files.length === 0) {
    console.log(`No minutes found under ${path.join(contentDir, 'minutes')}.`);
    return 0;
  }
  const texts = new Map<string, string>();
  const series: string[] = [];
  for (const source of listing.sources) {
    const read = readMinutesFile(source.file, source.text);
    if (!read.minutes) continue;
    texts.set(source.file, minutesBody(read.minutes.text, read.tree));
    series.push(read.minutes.frontmatter.series);
  }
  const stopWords = createStopWords({ series, site: site.value });
  const uncoveredHeadings = new Map<string, string[]>();
  const termFiles = new Map<string, Set<string>>();
  // Single words are only suggested when they look like a subject: an acronym or a heading word.
  const subjectWords = new Set<string>();
  for (const file of files) {
    const source = texts.get(file) ?? '';
    const name = file;
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
          stopWords.has(w.key) ||
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
          !stopWords.has(next.key) &&
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
  return 0;
}

process.exitCode = await main();
