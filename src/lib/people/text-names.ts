/**
 * Full names written in the text that no registry entry or attendee list knows: "Dan Williams said …"
 * in minutes without an attendee list. Such a name becomes a person, like an attendee string does.
 *
 * API
 * - `findFullNames(text, { isFirstName, isTaken })` → names as written, in text order: two capitalised
 *   words side by side, the first a given name (compromise's lexicon, or a first name of someone already
 *   known, when the second is no English word), or a word no lexicon knows when the pair opens a clause
 *   and a verb only a person does comes next ("Priya Raman presented …", "Priya Raman and Ben asked …"),
 *   the second shaped like a surname (capitalised, not an acronym, not a month,
 *   place, organisation, verb, adjective or function word, not someone's first name). Title Case text
 *   (headings, lists of labels) is skipped: every word is capitalised there anyway; a line with a word
 *   of four or more lower-case letters is a sentence, however short ("Greta Lindqvist presented.").
 *   `isTaken(name)` rejects what is already someone, a topic or a product.
 *
 * Cost: one pass over the words of the text.
 */
import { isCapitalised, tokenize, type Token } from '../text/normalize.ts';
import {
  isCommonWord,
  isEnglishWord,
  isGivenName,
  isLastName,
  isNotASurname,
  isUnknownWord,
} from './english-words.ts';

export interface FullNameOptions {
  /** A first name of a known person (folded), so registered first names count even if the lexicon lacks them. */
  isFirstName(word: string): boolean;
  /** Already a person, a topic or a product: not a new person. */
  isTaken(name: string): boolean;
  /**
   * A word the archive shows alone doing what only a person does (`findSpeakers`): "Priya asked …" in one
   * bullet makes "Thanks to Priya Raman" in another a full name.
   */
  isSpeaker?(word: string): boolean;
}

const SURNAME_RE = /^\p{Lu}\p{Ll}[\p{L}\p{M}]*$/u;
const GIVEN_RE = /^\p{Lu}\p{Ll}+$/u;

/**
 * Verbs whose subject is a person taking part in the meeting: speaking, asking, presenting, taking work
 * on. No lexicon lists every given name of every language, but "Priya Raman presented …" says who she is.
 * Verbs a machine, a product or a company does as well ("reported", "announced", "showed", "confirmed",
 * "will") are left out: "Gitlab Runners reported failures" is no person.
 */
const PERSON_VERBS = new Set([
  'said',
  'says',
  'asked',
  'asks',
  'presented',
  'presents',
  'explained',
  'explains',
  'mentioned',
  'mentions',
  'replied',
  'replies',
  'answered',
  'wondered',
  'suggested',
  'suggests',
  'proposed',
  'proposes',
  'recommended',
  'volunteered',
  'offered',
  'agreed',
  'agrees',
  'promised',
  'thinks',
  'thought',
  'believes',
  'clarified',
  'commented',
  'remarked',
  'argued',
  'objected',
  'demoed',
  'introduced',
]);

/**
 * Neither compromise's lexicon nor the English dictionary has the word ("Priya", not "Group" or
 * "Current"): only then may a person's verb make it a given name.
 */
function isUnheardOf(word: string): boolean {
  return isUnknownWord(word) && !isEnglishWord(word);
}

const PERSON_VERB_RE = new RegExp(`\\b(?:${[...PERSON_VERBS].join('|')})\\b`, 'u');

/** The pair is the first thing of its sentence: the start of the text, or after a full stop, "?", "!" or ";". */
function opensClause(text: string, tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous) return /^[\s"'(*_]*$/u.test(text.slice(0, tokens[i]!.start));
  return /[.!?;]["')]?\s+$/u.test(text.slice(previous.end, tokens[i]!.start));
}

/**
 * A person's verb follows the subject that starts at token `j`: right away ("Priya Raman presented"), or
 * after one more name joined by "and" ("Priya Raman and Ben Osei asked"). "said to be" is the passive
 * of hearsay ("X Y said to be affected"), not speech.
 */
function aPersonActs(text: string, tokens: readonly Token[], j: number): boolean {
  const spaced = (a: Token, b: Token) => /^[ \t]+$/u.test(text.slice(a.end, b.start));
  let at = j;
  const and = tokens[at];
  if (and?.text === 'and' && spaced(tokens[at - 1]!, and)) {
    let k = at + 1;
    while (
      k < at + 3 &&
      tokens[k] &&
      isCapitalised(tokens[k]!.text) &&
      spaced(tokens[k - 1]!, tokens[k]!)
    )
      k++;
    if (k === at + 1) return false;
    at = k;
  }
  const verb = tokens[at];
  if (!verb || !spaced(tokens[at - 1]!, verb) || !PERSON_VERBS.has(verb.text)) return false;
  return !(verb.text === 'said' && tokens[at + 1]?.text === 'to');
}

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
    // the first name of someone known followed by a word English does not have ("Jory Bergqvist"), or
    // two words no one has heard of, the first shown to be a given name by what its owner does here
    // ("Priya Raman presented") or alone elsewhere ("Priya asked"). The weakest evidence of the three, so
    // the second word may not be an English word ("Collab Summit presented" is an event) unless the
    // lexicon knows it as a surname ("Kumar").
    const given =
      isGivenName(first.text) ||
      (options.isFirstName(first.text) && isUnknownWord(last.text)) ||
      (isUnheardOf(first.text) &&
        (isUnheardOf(last.text) || isLastName(last.text)) &&
        (options.isSpeaker?.(first.text) === true ||
          (opensClause(text, tokens, i) && aPersonActs(text, tokens, i + 2))));
    if (!given) continue;
    if (isNotASurname(last.text) || isCommonWord(last.text) || options.isFirstName(last.text))
      continue;
    if (titleCase) continue;
    // A third capitalised word ("Dan Williams Group") makes it a name of something else.
    const next = tokens[i + 2];
    if (next && text.slice(last.end, next.start) === ' ' && isCapitalised(next.text)) continue;
    // A double-barrelled surname ("Bratschi-Kaye") is one: "Ada Bratschi" alone would be someone else.
    const barrel =
      next && text.slice(last.end, next.start) === '-' && SURNAME_RE.test(next.text) ? next : null;
    const name = `${first.text} ${last.text}${barrel ? `-${barrel.text}` : ''}`;
    if (options.isTaken(name)) continue;
    names.push(name);
    i += barrel ? 2 : 1;
  }
  return names;
}

/**
 * Lone words no lexicon knows that open a sentence as the subject of a person's verb: "Priya asked
 * whether …", "Priya and Ben agreed …". Evidence, from anywhere in the archive, that the word is a given
 * name (`FullNameOptions.isSpeaker`). A word followed by another capitalised word is left to
 * `findFullNames`.
 */
export function findSpeakers(text: string): string[] {
  // Most lines have no person's verb at all: a word test is cheaper than tokenising every line.
  if (!PERSON_VERB_RE.test(text)) return [];
  const tokens = tokenize(text);
  const speakers: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (!GIVEN_RE.test(word.text) || !isUnheardOf(word.text)) continue;
    if (!opensClause(text, tokens, i) || !aPersonActs(text, tokens, i + 1)) continue;
    speakers.push(word.text);
  }
  return speakers;
}
