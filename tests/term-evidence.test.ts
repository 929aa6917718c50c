import { describe, expect, it } from 'vitest';
import { normaliseWord, termsOf } from '../src/lib/topics/section-terms.ts';
import {
  characteristicTerms,
  findTermEvidence,
  type EvidenceSection,
} from '../src/lib/topics/term-evidence.ts';

describe('the terms of a section', () => {
  it('are its words in the singular and its two-word phrases, without words that carry no subject', () => {
    expect(termsOf('The drivers discussed Block Devices and queries.')).toEqual([
      'block',
      'block device',
      'device',
      'driver',
      'query',
    ]);
  });

  it('join no phrase across a line, a stop or a web address', () => {
    const terms = termsOf('Ring doorbell.\nSlot owner https://example.org/ring/slot wraparound');
    expect(terms).toContain('ring doorbell');
    expect(terms).not.toContain('doorbell slot');
    expect(terms).not.toContain('example');
    expect(terms).not.toContain('owner wraparound');
  });

  it('keep plural-looking words whole where the S-stemmer leaves them', () => {
    expect(normaliseWord('status')).toBe('');
    expect(normaliseWord('class')).toBe('class');
    expect(normaliseWord('bus')).toBe('bus');
    expect(normaliseWord('42')).toBe('');
  });
});

/** A section of meeting `meeting` with the given terms, naming `named`. */
function section(meeting: number, at: number, terms: string[], named: string[] = []) {
  return {
    key: `m${meeting}#s${at}`,
    meeting: `m${meeting}`,
    terms,
    headingTerms: [],
    named,
    spelled: named,
  } satisfies EvidenceSection;
}

describe('the characteristic terms of a topic', () => {
  it('are none in an archive of one meeting, however the topic is worded there', () => {
    const one = [
      section(1, 1, ['doorbell', 'slot', 'wraparound'], ['ring']),
      section(1, 2, ['doorbell', 'slot', 'wraparound'], ['ring']),
      section(1, 3, ['doorbell', 'slot', 'wraparound']),
      section(1, 4, ['cache', 'artifact']),
    ];
    expect(characteristicTerms(one)).toEqual(new Map());
    expect(findTermEvidence(one)).toEqual(new Map());
  });

  it('leave out the words the caller ignores (people who speak on every topic)', () => {
    const sections = Array.from({ length: 40 }, (_, at) =>
      at % 4 === 0
        ? section(at, 0, ['mara', 'doorbell', 'slot'], ['ring'])
        : section(at, 0, [`filler${at}`, 'artifact']),
    );
    const weighed = (ignore?: (word: string) => boolean) =>
      (
        characteristicTerms(sections, { minZ: 1, ...(ignore ? { ignore } : {}) }).get('ring') ?? []
      ).map((term) => term.term);
    expect(weighed()).toContain('mara');
    expect(weighed((word) => word === 'mara')).not.toContain('mara');
  });
});
