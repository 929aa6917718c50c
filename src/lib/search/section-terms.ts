/**
 * Words a section is findable by that its text may not contain: every registry spelling of the people
 * and topics it is about (so "Joerg" finds a section that writes "Jörg", "Cocoon FS" one that writes
 * "CocoonFS"), the ASCII spelling of its German words, and the numbers of the pull requests and issues
 * it names or links to. The meeting page carries them for the indexer; readers never see them.
 *
 * Only the words the section lacks are carried, each once: a word of the section's own text, or one
 * already carried, adds nothing to what the section is found by, yet every copy is one more entry in
 * the index's list for that word, which the browser downloads with the word (the spellings of a
 * person repeated in every section about them, a topic's name beside its heading, "#123" beside 123).
 */
import { htmlHrefs, htmlText } from './html-text.ts';
import { referencedNumbers } from './references.ts';
import { hasGermanLetters, spellGermanAscii } from './transliterate.ts';

export interface NamedEntry {
  name: string;
  /** Other spellings; entries written `/like this/` are patterns, not spellings, and are skipped. */
  aliases: readonly string[];
}

export interface SectionTermsInput {
  headingHtml: string;
  html: string;
  people: readonly NamedEntry[];
  topics: readonly NamedEntry[];
}

function spellings(entry: NamedEntry): string[] {
  return [entry.name, ...entry.aliases.filter((alias) => !/^\/.*\/[a-z]*$/u.test(alias))];
}

/**
 * A written word as Pagefind indexes it: its letters and digits, lower case, accents removed (so
 * "#123" is 123, "Jovanović" is "jovanovic", while "Joerg" and "PR123" stay words of their own).
 */
export function indexedForm(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function sectionSearchTerms(input: SectionTermsInput): string {
  const text = htmlText(`${input.headingHtml} ${input.html}`);
  const known = new Set(text.split(/\s+/u).map(indexedForm));
  const terms: string[] = [];
  /** Adds the words of `spelling` the section does not have yet. */
  const carry = (spelling: string) => {
    const missing = spelling.split(/\s+/u).filter((word) => {
      const form = indexedForm(word);
      if (form === '' || known.has(form)) return false;
      known.add(form);
      return true;
    });
    if (missing.length > 0) terms.push(missing.join(' '));
  };
  for (const entry of [...input.people, ...input.topics])
    for (const spelling of spellings(entry)) {
      carry(spelling);
      if (hasGermanLetters(spelling)) carry(spellGermanAscii(spelling));
    }
  if (hasGermanLetters(text))
    for (const word of text.split(/[^\p{L}\p{M}\p{N}]+/u))
      if (hasGermanLetters(word)) carry(spellGermanAscii(word));
  for (const number of referencedNumbers(text, htmlHrefs(`${input.headingHtml} ${input.html}`)))
    carry(number);
  return terms.join(' · ');
}
