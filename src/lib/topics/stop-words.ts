import { foldTopicText, tokenize } from '../text/normalize.ts';
import { englishFunctionWords } from '../text/common-words.ts';
import type { SiteSettings } from '../types.ts';

/**
 * Words that are never topic suggestions (`npm run topics:suggest`): English function words, the
 * vocabulary every set of minutes uses about itself, and the archive's own name. The last is derived
 * from the archive (its series, its title, its repository), so no project's name is written here.
 */

/** What minutes say about themselves in any project: the meeting, its parts and its bookkeeping. */
const meetingWords = `discussion discussed update updates new next meeting call minutes topics attendees group
  team mentioned suggested noted asked agreed work working need needs needed use using used current currently
  issue issues pr prs pull request requests week support plan plans possible potential proposal proposed status
  discuss questions question open item items action decision consensus agreement`;

function words(list: string): string[] {
  return list.split(/\s+/u).filter((word) => word !== '');
}

export const generalStopWords: ReadonlySet<string> = new Set(
  [...englishFunctionWords, ...words(meetingWords)].map(foldTopicText),
);

export interface ArchiveNames {
  /** The series names of the minutes, e.g. "Widget Sync". */
  series: Iterable<string>;
  site: Pick<SiteSettings, 'title' | 'repository'>;
}

/**
 * The words of the archive's own name: its series, its site title and its repository's owner and name
 * (`https://github.com/quokka-example/quokka` → quokka, example). Every meeting carries them, so they
 * would top the list of frequent terms without being a topic.
 */
export function archiveNameWords(names: ArchiveNames): Set<string> {
  const found = new Set<string>();
  const add = (text: string) => {
    for (const token of tokenize(text)) found.add(foldTopicText(token.text));
  };
  for (const series of names.series) add(series);
  add(names.site.title);
  if (names.site.repository !== undefined) {
    const repository = /^https?:\/\/[^/]+\/(.+)$/u.exec(names.site.repository)?.[1] ?? '';
    add(repository.replace(/[/_.-]+/gu, ' '));
  }
  return found;
}

/** The stop words of one archive: the general ones and its own name. */
export function createStopWords(names: ArchiveNames): Set<string> {
  return new Set([...generalStopWords, ...archiveNameWords(names)]);
}
