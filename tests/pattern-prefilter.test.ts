import { describe, expect, it } from 'vitest';
import {
  compilePattern,
  mayMatch,
  prefilterText,
  requiredLiterals,
} from '../src/lib/topics/pattern-alias.ts';
import { createTopicMatcher } from '../src/lib/topics/index.ts';

describe('the literal prefilter of pattern aliases', () => {
  it('reads the literals every match must contain from the pattern', () => {
    expect(requiredLiterals('virt-?io[ -]?blk')).toEqual([['virt', 'io', 'blk']]);
    expect(requiredLiterals('\\bvmpl[0-3]?s?\\b')).toEqual([['vmpl']]);
    expect(requiredLiterals('shadow[- ]?stacks?')).toEqual([['shadow', 'stack']]);
    expect(requiredLiterals('colou?r')).toEqual([['colo', 'r']]);
    expect(requiredLiterals('(?:foo|bar)baz')).toEqual([['baz']]);
    expect(requiredLiterals('(?<=pre)fix')).toEqual([['fix']]);
    expect(requiredLiterals('x\\.y')).toEqual([['x.y']]);
    expect(requiredLiterals('Ring|Queue')).toEqual([['ring'], ['queue']]);
  });

  it('never takes the characters of an escape for literals', () => {
    // \x41 is "A", \u0042 is "B", \p{L} any letter: none of "41", "0042" or "L" need be in the text.
    expect(requiredLiterals('\\x41bc')).toEqual([['bc']]);
    expect(requiredLiterals('\\u0042cd')).toEqual([['cd']]);
    expect(requiredLiterals('\\p{L}+ing')).toEqual([['ing']]);
    expect(requiredLiterals('\\Qa.b\\E')).toBeNull();
  });

  it('rules nothing out when a branch needs no literal', () => {
    expect(requiredLiterals('\\d+')).toBeNull();
    expect(requiredLiterals('ring|\\d{3}')).toBeNull();
    expect(requiredLiterals('(?:ab)?c?')).toBeNull();
    expect(mayMatch(null, 'anything')).toBe(true);
  });

  it('never skips a text the pattern matches', () => {
    const patterns = [
      'virt-?io[ -]?blk',
      '\\bvmpl[0-3]?s?\\b',
      '#V[CE]\\b',
      'colou?r',
      'ab+c',
      '(?:foo|bar)baz',
      'Ring|Queue',
      'x\\.y',
      '(?i)tpm',
      'sha-?(?:256|384)',
      'a{0,2}bcd',
      'Ks',
    ];
    const texts = [
      'VirtIO-Blk and VIRTIOBLK and virt io blk',
      'VMPL0s, vmpls, VMPL3',
      'a #VC handler and #ve',
      'colour and COLOR',
      'abbbc',
      'FOObaz barBAZ',
      'the ring, the queue',
      'x.y',
      'TPM',
      'SHA256 sha-384',
      'aabcd',
      // The Kelvin sign and the long s match k and s case-insensitively.
      '\u212a\u017f',
      'nothing to see here',
    ];
    for (const source of patterns) {
      const pattern = compilePattern(source);
      const required = requiredLiterals(source);
      for (const text of texts)
        if (pattern.test(text))
          expect(mayMatch(required, prefilterText(text)), `${source} on ${text}`).toBe(true);
    }
  });

  it('leaves what a topic matches unchanged', () => {
    const matcher = createTopicMatcher([
      {
        id: 'blk',
        name: 'Block layer',
        description: '',
        aliases: ['/virt-?io[ -]?blk/'],
        related: [],
      },
    ]);
    const text = 'Posted the VirtIO-Blk series; virtio blk next.';
    expect(matcher.match(text).map((m) => text.slice(m.start, m.end))).toEqual([
      'VirtIO-Blk',
      'virtio blk',
    ]);
    expect(matcher.match('The virtio net series.')).toEqual([]);
  });
});
