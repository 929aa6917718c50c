/**
 * Typo correction from the index's vocabulary: each word Pagefind cannot know (neither a vocabulary
 * word nor the start of one) becomes two vocabulary words it runs together ("cocoonfs" → "cocoon fs")
 * or the nearest vocabulary word by edit distance, the more common one on a tie.
 */
import { foldWord } from './vocabulary.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface Correction {
  words: string[];
  /** The words that were replaced, as typed. */
  changed: string[];
}

/** Restricted Damerau–Levenshtein distance (a swap of two neighbours is one edit), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Looks words up in a vocabulary; build once per vocabulary. */
export class WordIndex {
  private readonly folded: string[];
  private readonly known: Map<string, number>;

  constructor(private readonly vocabulary: Vocabulary) {
    this.folded = vocabulary.words.map(foldWord);
    this.known = new Map(this.folded.map((word, index) => [word, index]));
  }

  /** A vocabulary word, or the start of one (Pagefind matches word starts). */
  isKnown(word: string): boolean {
    const folded = foldWord(word);
    // Numbers and one- or two-letter words (acronyms such as "EK") are taken as typed.
    if (this.known.has(folded) || /^\d+$/u.test(folded) || folded.length < 3) return true;
    return folded.length >= 3 && this.folded.some((candidate) => candidate.startsWith(folded));
  }

  /**
   * Known, or sharing all but its last three letters with a vocabulary word: the word may be an
   * inflection Pagefind's stemmer matched ("moving" for "move"), not a typo.
   */
  resemblesKnown(word: string): boolean {
    if (this.isKnown(word)) return true;
    const folded = foldWord(word);
    const stem = folded.slice(0, Math.max(3, folded.length - 3));
    return this.folded.some((candidate) => candidate.startsWith(stem));
  }

  private isWord(folded: string): boolean {
    return folded.length >= 2 && this.known.has(folded);
  }

  /** Two vocabulary words the word runs together, the split whose rarer half is most common. */
  split(word: string): string | undefined {
    const folded = foldWord(word);
    let best: { text: string; score: number } | undefined;
    for (let at = 2; at <= folded.length - 2; at++) {
      const left = folded.slice(0, at);
      const right = folded.slice(at);
      if (!this.isWord(left) || !this.isWord(right)) continue;
      const score = Math.min(this.countOf(left), this.countOf(right));
      if (!best || score > best.score) best = { text: `${left} ${right}`, score };
    }
    return best?.text;
  }

  private countOf(folded: string): number {
    const index = this.known.get(folded);
    return index === undefined ? 0 : (this.vocabulary.counts[index] ?? 0);
  }

  /** The nearest vocabulary word within one edit (short words) or two. */
  nearest(word: string): string | undefined {
    const folded = foldWord(word);
    if (folded.length < 3) return undefined;
    const max = folded.length <= 4 ? 1 : 2;
    let best: { index: number; distance: number } | undefined;
    // Words are most common first, so the first word at the smallest distance is the most common one.
    this.folded.forEach((candidate, index) => {
      const distance = editDistance(folded, candidate, max);
      if (distance <= max && (!best || distance < best.distance)) best = { index, distance };
    });
    return best === undefined ? undefined : this.vocabulary.words[best.index];
  }
}

export function correctWords(words: readonly string[], index: WordIndex): Correction {
  const changed: string[] = [];
  const corrected = words.map((word) => {
    if (index.isKnown(word)) return word;
    const replacement = index.split(word) ?? index.nearest(word);
    if (replacement === undefined) return word;
    changed.push(word);
    return replacement;
  });
  return { words: corrected, changed };
}
