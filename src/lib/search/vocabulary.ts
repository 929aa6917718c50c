/**
 * The words of the search index with the number of records that use each, built when the index is
 * written and fetched by the browser only when a query word matches nothing (typos, "FooFS" written
 * for "Foo FS"). Words are lower case, in the spelling the minutes use most.
 */
import { stripDiacritics } from '../text/normalize.ts';
import { isStopWord } from './stop-words.ts';

export interface Vocabulary {
  /** Most used first. */
  words: string[];
  /** Records using each word, in the order of `words`. */
  counts: number[];
}

const WORD_RE = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*/gu;

export function foldWord(word: string): string {
  return stripDiacritics(word.toLowerCase());
}

export class VocabularyBuilder {
  private readonly records = new Map<string, number>();
  private readonly spellings = new Map<string, Map<string, number>>();
  // Folding (Unicode normalisation) is most of the cost of adding text, and words repeat.
  private readonly folded = new Map<string, string>();

  /** Adds one record's text. */
  add(text: string): void {
    const seen = new Set<string>();
    for (const [written] of text.matchAll(WORD_RE)) {
      const lower = written.toLowerCase();
      if (lower.length < 2 || isStopWord(lower)) continue;
      let folded = this.folded.get(lower);
      if (folded === undefined) {
        folded = foldWord(lower);
        this.folded.set(lower, folded);
      }
      const forms = this.spellings.get(folded) ?? new Map<string, number>();
      forms.set(lower, (forms.get(lower) ?? 0) + 1);
      this.spellings.set(folded, forms);
      if (seen.has(folded)) continue;
      seen.add(folded);
      this.records.set(folded, (this.records.get(folded) ?? 0) + 1);
    }
  }

  build(): Vocabulary {
    const entries = [...this.records].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return {
      words: entries.map(([folded]) => {
        const forms = [...(this.spellings.get(folded) ?? new Map<string, number>())];
        return forms.sort((a, b) => b[1] - a[1])[0]?.[0] ?? folded;
      }),
      counts: entries.map(([, count]) => count),
    };
  }
}
