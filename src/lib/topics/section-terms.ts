/**
 * The terms of a section, as the archive-level topic evidence counts them (`term-evidence.ts`): its
 * words and two-word phrases, normalised, with the words that carry no subject left out.
 *
 * API
 * - `termsOf(text)` → the distinct terms of `text`, sorted: each word folded (case, diacritics) and
 *   reduced to its singular by the S-stemmer (Harman 1991: "queries" → "query", "devices" → "device",
 *   "drivers" → "driver"), and each pair of adjacent words that only a space or hyphen separates
 *   ("block storage", "virtio blk"). Web addresses are left out; words of fewer than three characters, numbers, English function
 *   words and the words every set of minutes uses about itself ("discussed", "meeting") are left out,
 *   and so are the phrases with such a word in them.
 * - `normaliseWord(word)` → the one word as a term, or '' when it is not one.
 *
 * Cost: one pass over the words of the text.
 */
import { memoize } from '../memo.ts';
import { foldTopicText, tokenize } from '../text/normalize.ts';
import { generalStopWords } from './stop-words.ts';

// A web address is where something is, not what a section says about it.
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/giu;

// Only spaces, tabs and hyphens may stand between the words of a phrase: never a line break or a stop.
const PHRASE_GAP_RE = /^[ \t]*[-\u2010\u2011]?[ \t]*$/u;

/** Harman's S-stemmer: the plural endings of English nouns, never more, so terms stay readable. */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && !/[ea]ies$/u.test(word)) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && !/[aeo]es$/u.test(word)) return word.slice(0, -1);
  if (word.endsWith('s') && !/[us]s$/u.test(word)) return word.slice(0, -1);
  return word;
}

// Minutes reuse a small vocabulary, and every section's words are made terms: each distinct word once.
export const normaliseWord: (word: string) => string = memoize(50_000, termOf);

function termOf(word: string): string {
  const folded = foldTopicText(word);
  if (folded.length < 3 || /^\d+$/u.test(folded) || generalStopWords.has(folded)) return '';
  const term = singular(folded);
  return generalStopWords.has(term) ? '' : term;
}

export function termsOf(text: string): string[] {
  const terms = new Set<string>();
  let previous: { term: string; end: number } | undefined;
  // An address breaks a phrase like a line break: the words either side of it are not one term.
  const words = text.replace(URL_RE, '\n');
  for (const token of tokenize(words)) {
    const term = normaliseWord(token.text);
    if (term !== '') {
      terms.add(term);
      if (previous && PHRASE_GAP_RE.test(words.slice(previous.end, token.start)))
        terms.add(`${previous.term} ${term}`);
    }
    previous = term === '' ? undefined : { term, end: token.end };
  }
  return [...terms].sort();
}
