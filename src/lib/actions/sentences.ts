/**
 * Sentences and parts of speech from compromise, in a shape the outcome rules can walk.
 *
 * API
 * - `readSentences(text, wanted?)` → `Sentence[]`: compromise's sentence boundaries (it knows "e.g.",
 *   "Dr." and initials). Sentences for which `wanted(sentenceText)` is true (all by default) are tagged,
 *   the others are left out: tagging is compromise's expensive step, and most sentences of minutes carry
 *   no cue worth tagging. A `Word` carries compromise's tags (`Verb`, `Modal`, `Infinitive`, `PastTense`,
 *   `Gerund`, `Pronoun`, `Adverb`, `Person`, …), its lower-case "machine" form (contractions expanded:
 *   "she'll" gives the words "she" and "will", the second with empty `text`) and its offsets in `text`, so
 *   names found by the name finder can be laid over the words.
 * - `sentenceSpans(text)` → `{ text, start, end }[]`: the boundaries alone (compromise's tokenizer, no tagging).
 *
 * compromise/two is the tagger without the named selections (`.verbs()` …): the rules need tags only.
 */
import nlp from 'compromise/two';
import { memoize } from '../memo.ts';
import { useQuickSweep } from './quick-sweep.ts';

// The same tags as compromise's own sweep, found faster (see quick-sweep.ts).
useQuickSweep(nlp);

export interface Word {
  text: string;
  /** Lower case, contractions expanded ("will" for the "'ll" of "she'll"). */
  word: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
  /** Punctuation and space before and after the word as written ("(", ", ", ": "). */
  pre: string;
  post: string;
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Sentence extends Span {
  words: Word[];
}

/** compromise's own term objects (`doc.document`), read directly: `.json()` costs more than tagging. */
interface RawTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  normal?: string;
  machine?: string;
  implicit?: string;
}

interface RawView {
  document: RawTerm[][];
}

/** Lays the terms over `text` from `from` on, in order; compromise keeps every character in pre/text/post. */
function place(text: string, sentences: RawTerm[][], from: number): Array<Sentence> {
  let at = from;
  return sentences.map((terms) => {
    const words: Word[] = [];
    let start = -1;
    for (const term of terms) {
      const found = term.text === '' ? at : text.indexOf(term.text, at);
      const begin = found < 0 ? at : found;
      if (start < 0) start = Math.max(from, begin - term.pre.length);
      const end = begin + term.text.length;
      words.push({
        text: term.text,
        word: (term.machine ?? term.implicit ?? term.normal ?? term.text).toLowerCase(),
        tags: term.tags,
        start: begin,
        end,
        pre: term.pre,
        post: term.post,
      });
      at = term.text === '' ? at : end;
    }
    const last = terms.at(-1);
    const end = Math.min(text.length, at + (last ? last.post.length : 0));
    const begin = start < 0 ? at : start;
    return { text: text.slice(begin, end), start: begin, end, words };
  });
}

/**
 * compromise's terms of a text, kept while the thread runs: minutes repeat themselves (a template
 * line, the same decision bullet in two sections, a text split both for its decisions and its
 * commitments), and tagging is the analysis's largest cost. The terms are only read (`place` makes new
 * words from them), so a kept reading is the one compromise would give again.
 */
const MEMO_LIMIT = 10_000;
const tokenized = memoize(
  MEMO_LIMIT,
  (text: string) => (nlp.tokenize(text) as unknown as RawView).document,
);
const tagged = memoize(MEMO_LIMIT, (text: string) => (nlp(text) as unknown as RawView).document);

export function sentenceSpans(text: string): Span[] {
  if (text.trim() === '') return [];
  // No sentence end before the last word: the text is one sentence, no tokenizer pass needed.
  if (!INNER_END_RE.test(text.trim())) return [{ text, start: 0, end: text.length }];
  const terms = tokenized(text);
  return place(text, terms, 0).map(({ text: t, start, end }) => ({ text: t, start, end }));
}

const INNER_END_RE = /[.!?…;:]\s+\S|\n/u;

export function readSentences(
  text: string,
  wanted: (sentence: string) => boolean = () => true,
): Sentence[] {
  if (text.trim() === '') return [];
  const spans = sentenceSpans(text);
  const sentences: Sentence[] = [];
  for (const span of spans) {
    if (!wanted(span.text)) continue;
    const terms = tagged(span.text);
    sentences.push(...place(text, terms, span.start));
  }
  return sentences;
}
