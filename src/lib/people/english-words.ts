/**
 * What compromise's English lexicon knows about a single word: whether it is a given name ("Dan",
 * "Grace"), or an ordinary word ("will", "review", "a"). The lexicon is compromise's own data, read once;
 * no text is tagged here, so the lexicon checks cost a map lookup. `isEnglishWord` reads the dictionary's
 * text on first use and then costs a binary search in it (some fourteen probes of its 2.8 MB, then a
 * look in a window of a few lines), no map.
 *
 * API
 * - `isGivenName(word)`: the lexicon lists it as a first name (MaleName, FemaleName, FirstName).
 * - `isLastName(word)`: the lexicon lists it as a family name (LastName).
 * - `isCommonWord(word)`: a single letter, or a lexicon word that is not a name (a verb, modal, pronoun,
 *   preposition, determiner, adjective, noun …): "A", "I", "Will", "May" are words before they are names.
 * - `isUnknownWord(word)`: no lexicon entry at all ("Priya", "Lindqvist").
 * - `isNotASurname(word)`: a lexicon word a surname cannot be: a month, weekday, place, organisation, …
 * - `isEnglishWord(word)`: the `word-list` dictionary (274,000 lower-case words, no proper nouns) has it:
 *   "group", "summit", "current" are words there, though compromise's lexicon lacks them; "Priya" is not.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise/two';
import wordListPath from 'word-list';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one
  .lexicon;

function tagsOf(word: string): string[] {
  const tag = lexicon[word.toLowerCase()];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const NOT_SURNAME = [
  'Month',
  'WeekDay',
  'Date',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'Demonym',
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Modal',
  'Copula',
  'Auxiliary',
  'QuestionWord',
];

export function isGivenName(word: string): boolean {
  return tagsOf(word).some((tag) => NAME_TAGS.has(tag));
}

/** The lexicon lists it as a family name ("Kumar", "Williams"). */
export function isLastName(word: string): boolean {
  return tagsOf(word).includes('LastName');
}

// Word classes a name is never written in: function words, verbs, adjectives, adverbs.
const WORD_TAGS = new Set([
  'Modal',
  'Auxiliary',
  'Copula',
  'Pronoun',
  'Preposition',
  'Determiner',
  'Conjunction',
  'QuestionWord',
  'Negative',
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Gerund',
  'Participle',
  'Adverb',
  'Adjective',
  'Comparative',
  'Superlative',
  'Cardinal',
  'Ordinal',
]);

export function isCommonWord(word: string): boolean {
  if ([...word].length <= 1) return true;
  const tags = tagsOf(word);
  return tags.some((tag) => WORD_TAGS.has(tag)) && !tags.some((tag) => NAME_TAGS.has(tag));
}

/** compromise's lexicon has no entry for it: not an English word, and not one of its known names. */
export function isUnknownWord(word: string): boolean {
  return tagsOf(word).length === 0;
}

export function isNotASurname(word: string): boolean {
  return tagsOf(word).some((tag) => NOT_SURNAME.includes(tag));
}

let dictionary: string | undefined;

/**
 * A binary search in the dictionary's text, one word a line in (nearly) sorted order: read on first use,
 * and no set of 274,000 strings to build (that took a tenth of a second or more). The list has a few
 * neighbours out of order ("manlily", "manlihood"), so the search ends on a window of lines around the
 * place the word would be and looks there.
 */
export function isEnglishWord(word: string): boolean {
  dictionary ??= `\n${readFileSync(wordListPath, 'utf8').trim()}\n`;
  const text = dictionary;
  const wanted = word.toLowerCase();
  let lo = 0;
  let hi = text.length - 1;
  while (hi - lo > 256) {
    const start = text.lastIndexOf('\n', (lo + hi) >> 1) + 1;
    const end = text.indexOf('\n', start);
    const probe = text.slice(start, end);
    if (probe === wanted) return true;
    if (probe < wanted) lo = end;
    else hi = start - 1;
  }
  return text.slice(Math.max(0, lo - 256), hi + 256).includes(`\n${wanted}\n`);
}
