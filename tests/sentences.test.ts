import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { readSentences, sentenceSpans } from '../src/lib/actions/sentences.ts';

/** Each word and sentence where the text has it: what the name finder lays its names over. */
function expectPlaced(text: string): void {
  for (const sentence of readSentences(text)) {
    expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    for (const word of sentence.words)
      if (word.text !== '') expect(text.slice(word.start, word.end)).toBe(word.text);
  }
}

describe('sentences read again', () => {
  it('reads a text the second time as compromise reads it afresh, whatever became of the first reading', () => {
    const text = "Ada will send the notes. Ben said he'll rebase the branch; Carla agreed.";
    const first = readSentences(text);
    expect(first.map((sentence) => sentence.words.length)).toEqual([5, 9]);
    // A caller may change what it was given: that must not reach the next reading.
    first[0]!.words.splice(0, 2);
    first[1]!.start = 0;
    sentenceSpans(text)[0]!.end = 3;
    const again = readSentences(text);
    // compromise reading each sentence with no memo in between (the same tagger, quick sweep included).
    const fresh = sentenceSpans(text).map((span) =>
      (nlp(span.text) as unknown as { document: { text: string; tags: Set<string> }[][] }).document
        .flat()
        .map((term) => [term.text, [...term.tags].sort()]),
    );
    expect(
      again.map((sentence) => sentence.words.map((w) => [w.text, [...w.tags].sort()])),
    ).toEqual(fresh);
    expect(again.map((sentence) => [sentence.start, sentence.end])).toEqual([
      [0, 25],
      [25, text.length],
    ]);
    expect(sentenceSpans(text).map((span) => span.end)).toEqual([25, text.length]);
  });

  it('places a sentence it has read before at its offsets in each new text', () => {
    const repeated = 'Ada will send the notes.';
    expectPlaced(repeated);
    expectPlaced(`Ben opened the meeting. ${repeated}`);
    expectPlaced(`  (Follow-up)  ${repeated} Then Ben left.`);
    const late = readSentences(`Ben opened the meeting. ${repeated}`).at(-1);
    const alone = readSentences(repeated)[0];
    expect(late?.words.map((word) => [...word.tags])).toEqual(
      alone?.words.map((word) => [...word.tags]),
    );
    expect(late?.start).toBe('Ben opened the meeting. '.length);
  });
});
