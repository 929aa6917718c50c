import { describe, expect, it } from 'vitest';
import { isCapitalised, tokenize } from '../src/lib/text/normalize.ts';

/** What a token is, said as a regex: the runs of letters, digits and combining marks. */
const byRegex = (text: string) =>
  [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));

describe('tokenize', () => {
  it('finds the words of names and prose in any script, with their offsets', () => {
    expect(tokenize('Jörg Rödel (AMD), Zhao-Rong & 日本 v2.1').map((t) => t.text)).toEqual([
      'Jörg',
      'Rödel',
      'AMD',
      'Zhao',
      'Rong',
      '日本',
      'v2',
      '1',
    ]);
    expect(tokenize('  Ada ')).toEqual([{ start: 2, end: 5, text: 'Ada' }]);
  });

  it('keeps combining marks and letters outside the BMP in their word, and splits at anything else', () => {
    const cases = [
      'Jo\u0301rg', // a combining accent
      'a\u{1D400}b', // a mathematical letter (two code units)
      'a\u{1F600}b', // an emoji is no letter
      'x\uD800y', // a lone high surrogate
      '\uDC00z', // a lone low surrogate
      '\uD800\u{1D400}', // a high surrogate before a letter outside the BMP
      'Ⅳ ٣ ǅ İ', // letter numbers, Arabic digits, title case, dotted I
      'zero\u200bwidth', // a format character splits
      'snake_case-word',
      '',
    ];
    for (const text of cases) expect(tokenize(text), JSON.stringify(text)).toEqual(byRegex(text));
  });
});

describe('isCapitalised', () => {
  it('is true for a word that starts with an upper-case letter in any script', () => {
    for (const word of ['Ada', 'Ödön', 'Łukasz', 'Ωmega', 'ǅemal', 'İsmail'])
      expect(isCapitalised(word), word).toBe(/^\p{Lu}/u.test(word));
    for (const word of ['ada', '3D', '_Ada', '', 'ödön', '日本'])
      expect(isCapitalised(word), word).toBe(false);
  });
});
