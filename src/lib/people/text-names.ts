/**
 * Full names written in the text that no registry entry or attendee list knows: "Dan Williams said …"
 * in minutes without an attendee list. Such a name becomes a person, like an attendee string does.
 *
 * API
 * - `findFullNames(text, { isFirstName, isTaken })` → names as written, in text order: two capitalised
 *   words side by side, the first a given name (compromise's lexicon, or a first name of someone already
 *   known, when the second is no English word), the second shaped like a surname (capitalised, not an acronym, not a month,
 *   place, organisation, verb, adjective or function word, not someone's first name). Title Case text
 *   (headings, lists of labels) is skipped: every word is capitalised there anyway; a line with a word
 *   of four or more lower-case letters is a sentence, however short ("Greta Lindqvist presented.").
 *   `isTaken(name)` rejects what is already someone, a topic or a product.
 *
 * Cost: one pass over the words of the text.
 */
import { isCapitalised, tokenize } from '../text/normalize.ts';
import { isCommonWord, isGivenName, isNotASurname, isUnknownWord } from './english-words.ts';

export interface FullNameOptions {
  /** A first name of a known person (folded), so registered first names count even if the lexicon lacks them. */
  isFirstName(word: string): boolean;
  /** Already a person, a topic or a product: not a new person. */
  isTaken(name: string): boolean;
}

const SURNAME_RE = /^\p{Lu}\p{Ll}[\p{L}\p{M}]*$/u;
const GIVEN_RE = /^\p{Lu}\p{Ll}+$/u;

export function findFullNames(text: string, options: FullNameOptions): string[] {
  const tokens = tokenize(text);
  const capitalised = tokens.filter((t) => isCapitalised(t.text)).length;
  // Title Case text (headings, label lists) capitalises every word: no evidence of a name there.
  // A word of four or more lower-case letters ("presented") makes it a sentence, however short.
  const titleCase =
    tokens.length >= 2 &&
    capitalised / tokens.length >= 0.6 &&
    !tokens.some((t) => /^\p{Ll}{4,}$/u.test(t.text));
  const names: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i]!;
    const last = tokens[i + 1]!;
    if (text.slice(first.end, last.start) !== ' ') continue;
    if (!GIVEN_RE.test(first.text) || !SURNAME_RE.test(last.text)) continue;
    // A given name compromise's lexicon knows (it tags "Dan Williams" a Person on the same evidence), or
    // the first name of someone known followed by a word English does not have ("Jory Bergqvist").
    const given =
      isGivenName(first.text) || (options.isFirstName(first.text) && isUnknownWord(last.text));
    if (!given) continue;
    if (isNotASurname(last.text) || isCommonWord(last.text) || options.isFirstName(last.text))
      continue;
    if (titleCase) continue;
    // A third capitalised word ("Dan Williams Group") makes it a name of something else.
    const next = tokens[i + 2];
    if (next && text.slice(last.end, next.start) === ' ' && isCapitalised(next.text)) continue;
    const name = `${first.text} ${last.text}`;
    if (options.isTaken(name)) continue;
    names.push(name);
    i += 1;
  }
  return names;
}
