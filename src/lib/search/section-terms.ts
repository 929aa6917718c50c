/**
 * Words a section is findable by that its text may not contain: every registry spelling of the people
 * and topics it is about (so "Joerg" finds a section that writes "Jörg", "Cocoon FS" one that writes
 * "CocoonFS"), the ASCII spelling of its German words, and the numbers of the pull requests and issues
 * it names or links to. The meeting page carries them for the indexer; readers never see them.
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

export function sectionSearchTerms(input: SectionTermsInput): string {
  const text = htmlText(`${input.headingHtml} ${input.html}`);
  const terms = new Set<string>();
  for (const entry of [...input.people, ...input.topics])
    for (const spelling of spellings(entry)) {
      terms.add(spelling);
      if (hasGermanLetters(spelling)) terms.add(spellGermanAscii(spelling));
    }
  for (const word of text.split(/[^\p{L}\p{M}\p{N}]+/u))
    if (hasGermanLetters(word)) terms.add(spellGermanAscii(word));
  for (const number of referencedNumbers(text, htmlHrefs(`${input.headingHtml} ${input.html}`)))
    terms.add(number);
  return [...terms].join(' · ');
}
