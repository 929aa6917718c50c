import { englishFunctionWords } from '../text/common-words.ts';

/**
 * Spellings in people.yaml and topics.yaml are matched ignoring case, wherever they stand as words, so
 * one that is a single letter ("A", "C") or a common English word ("Will", "the") would claim every
 * sentence that uses it. Such a spelling is refused; a longer one that contains it ("Rust and C") is fine.
 */
export function weakSpellingProblem(written: string): string | undefined {
  const bare = written
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .trim()
    .toLowerCase();
  if (bare.length === 1) {
    return /\p{L}/u.test(bare)
      ? 'is a single letter: it would match wherever the letter stands alone'
      : 'is a single digit: it would match wherever the digit stands alone';
  }
  if (englishFunctionWords.has(bare)) {
    return 'is a common English word: it would match wherever the word is used';
  }
  return undefined;
}
