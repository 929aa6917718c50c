/**
 * The one-letter stop words ("a", "I") are kept out of the search index, not out of the text readers
 * see. Pagefind finds the index chunk that holds a word by each chunk's first and last word, both cut
 * to their shortest distinct prefix, and for a word outside every such range (most words, the prefixes
 * being short) it loads every chunk whose prefixes could hold it. A one-letter word as frequent as
 * "a" fills a chunk by itself and ends it, so that chunk's last word is "a", which could hold every word
 * starting with "a": the first search for "allocator" at 5,000 meetings downloaded 76 KB of the word
 * "a", which no query searches (stop words are dropped from queries, query.ts). In the text handed to
 * Pagefind each such word is written as a private-use character instead: Pagefind keeps it in the
 * record's text and counts it as a word (excerpts and word positions stay as they were) but indexes
 * nothing for it, as it has no letter or digit. The search UIs write the letters back.
 */

import { stopWords } from './stop-words.ts';

/** The letters, each in both cases, and the private-use characters that stand for them. */
const LETTERS = [...stopWords]
  .filter((word) => word.length === 1)
  .flatMap((letter) => [letter, letter.toUpperCase()]);
const FIRST_STAND_IN = 0xe000;
const STAND_INS = LETTERS.map((_, at) => String.fromCharCode(FIRST_STAND_IN + at));

// A whole word (between white space) whose only letter or digit is one of them: "a", "(a)", "I,".
const WORD_RE = new RegExp(
  `(?<=^|\\s)([^\\p{L}\\p{N}\\p{M}\\s]*)([${LETTERS.join('')}])(?=[^\\p{L}\\p{N}\\p{M}\\s]*(?:\\s|$))`,
  'gu',
);
const STAND_IN_RE = new RegExp(`[${STAND_INS.join('')}]`, 'gu');

/** `text` with every one-letter stop word written as its stand-in. */
export function hideOneLetterWords(text: string): string {
  return text.replace(
    WORD_RE,
    (_, before: string, letter: string) => `${before}${STAND_INS[LETTERS.indexOf(letter)]}`,
  );
}

/** `text` with the letters written back. */
export function restoreOneLetterWords(text: string): string {
  return text.replace(STAND_IN_RE, (stand) => LETTERS[STAND_INS.indexOf(stand)] ?? stand);
}

// Elements that end a word where they start or end (Pagefind breaks the text there); inline ones such as
// <em> or <a> do not: "x<em>a</em>y" is one word.
const BLOCK_TAG_RE =
  /^<\/?(?:p|li|ul|ol|div|section|article|main|body|h[1-6]|td|th|tr|table|thead|tbody|dl|dt|dd|blockquote|pre|br|hr|figure|figcaption)\b/iu;
const HEADING_TAG_RE = /^<(\/?)h[1-6]\b/iu;

/**
 * The same for the text of HTML that Minutebook rendered (escaped text, no scripts): tags and
 * attributes are left alone, and so are headings, whose text is also a sub-result's title, and filter,
 * meta and sort values. A text's
 * first or last word counts as a whole word only next to a block element's tag.
 */
export function hideOneLetterWordsInHtml(html: string): string {
  const parts = html.split(/(<[^>]*>)/u);
  let inHeading = false;
  return parts
    .map((part, at) => {
      if (at % 2 === 1) {
        const heading = HEADING_TAG_RE.exec(part);
        if (heading) inHeading = heading[1] === '';
        return part;
      }
      // Headings, and the text of a filter, meta or sort value (Minutebook writes those as plain text
      // in their own element), stay as written.
      if (inHeading || part === '' || /\bdata-pagefind-/u.test(parts[at - 1] ?? '')) return part;
      const before = at === 0 || BLOCK_TAG_RE.test(parts[at - 1] ?? '') ? ' ' : 'x';
      const after = at === parts.length - 1 || BLOCK_TAG_RE.test(parts[at + 1] ?? '') ? ' ' : 'x';
      return hideOneLetterWords(`${before}${part}${after}`).slice(1, -1);
    })
    .join('');
}
