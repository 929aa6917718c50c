/**
 * What compromise's English lexicon knows about a single word: whether it is a given name ("Dan",
 * "Grace"), or an ordinary word ("will", "review", "a"). The lexicon is compromise's own data, read once;
 * no text is tagged here, so these checks cost a map lookup.
 *
 * API
 * - `isGivenName(word)`: the lexicon lists it as a first name (MaleName, FemaleName, FirstName).
 * - `isCommonWord(word)`: a single letter, or a lexicon word that is not a name (a verb, modal, pronoun,
 *   preposition, determiner, adjective, noun …): "A", "I", "Will", "May" are words before they are names.
 * - `isUnknownWord(word)`: no lexicon entry at all ("Priya", "Lindqvist").
 * - `isNotASurname(word)`: a lexicon word a surname cannot be: a month, weekday, place, organisation, …
 */
import nlp from 'compromise/two';

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
