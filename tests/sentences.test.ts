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
  it('reads a text the second time exactly as the first', () => {
    const text = "Ada will send the notes. Ben said he'll rebase the branch; Carla agreed.";
    const first = readSentences(text);
    expect(first.map((sentence) => sentence.words.length)).toEqual([5, 9]);
    expect(readSentences(text)).toEqual(first);
    expect(sentenceSpans(text)).toEqual(sentenceSpans(text));
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
