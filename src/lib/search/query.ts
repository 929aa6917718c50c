/**
 * What a typed query becomes before Pagefind sees it, and how a query that matches nothing is repaired
 * (typo correction, which needs the vocabulary, is in typos.ts and loaded only when needed).
 *
 * - `queryWords(raw)`: references as bare numbers ("PR #123" → "123"), German letters spelled out
 *   ("Jörg" → "Joerg", which the index also carries for "Jörg"), stop words dropped unless nothing else
 *   is left, at most `maxQueryWords` of them.
 * - `missingWords(words, texts)`: the words none of the texts has (as a word or a word's start).
 * - `fewerWordsQueries(words)`: for "best matches for most of the words" when no record has them all.
 */
import { isStopWord } from './stop-words.ts';
import { normaliseQueryReferences } from './references.ts';
import { spellGermanAscii } from './transliterate.ts';
import { foldWord } from './vocabulary.ts';

const WORD_RE = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}._+-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{M}\p{N}]/gu;

/**
 * The most words of one query that are searched; later words are left out. Each word can cost a few
 * searches in the browser (a check on its own, a query leaving it out, and itself alone when no
 * record has the words together), so a pasted paragraph must not become hundreds of searches. People
 * type the key words first, and ten is well above the typed queries of eval/search-queries.jsonl.
 */
export const maxQueryWords = 10;

export function queryWords(raw: string): string[] {
  const words = [...spellGermanAscii(normaliseQueryReferences(raw)).matchAll(WORD_RE)].map(
    (m) => m[0],
  );
  const content = words.filter((word) => !isStopWord(word));
  return (content.length > 0 ? content : words).slice(0, maxQueryWords);
}

/**
 * Smaller queries for when no record has every word: each query that leaves one word out, then each
 * word alone. Later words are left out first (people type the key words first).
 */
export function fewerWordsQueries(words: readonly string[]): string[][][] {
  if (words.length < 2) return [];
  const allButOne = words.map((_, at) => words.filter((__, i) => i !== at)).reverse();
  return words.length === 2 ? [allButOne] : [allButOne, words.map((word) => [word])];
}

/** The words that none of the texts has as a word or the start of a word, ignoring case and accents. */
export function missingWords(words: readonly string[], texts: readonly string[]): string[] {
  const folded = texts.map((text) => ` ${foldWord(text).replace(/[^\p{L}\p{N}]+/gu, ' ')}`);
  return words.filter((word) => {
    const needle = ` ${foldWord(word)}`;
    return !folded.some((text) => text.includes(needle));
  });
}
