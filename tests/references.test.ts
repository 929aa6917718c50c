import { describe, expect, it } from 'vitest';
import { findReferences, referenceUrl } from '../src/lib/references.ts';

const refs = (text: string) =>
  findReferences(text).map((r) => [r.kind, r.number, text.slice(r.start, r.end)]);

describe('findReferences', () => {
  it('finds pull requests in the usual spellings', () => {
    expect(refs('See PR #237 and PR 1192, also PR#12 and pull request #40.')).toEqual([
      ['pull', 237, '#237'],
      ['pull', 1192, '1192'],
      ['pull', 12, '#12'],
      ['pull', 40, '#40'],
    ]);
  });

  it('finds every number of a list', () => {
    expect(refs('PRs #12 and #13 landed; issues #5, #6 and 7 remain.')).toEqual([
      ['pull', 12, '#12'],
      ['pull', 13, '#13'],
      ['issue', 5, '#5'],
      ['issue', 6, '#6'],
      ['issue', 7, '7'],
    ]);
  });

  it('finds issues, bare numbers and other repositories', () => {
    expect(refs('issue #54, Issue 811, the fix (#528), and coconut-svsm/qemu#9.')).toEqual([
      ['issue', 54, '#54'],
      ['issue', 811, '811'],
      ['issue', 528, '#528'],
      ['issue', 9, 'coconut-svsm/qemu#9'],
    ]);
    expect(findReferences('coconut-svsm/qemu#9')[0]?.repository).toBe('coconut-svsm/qemu');
  });

  it('leaves alone what is not a reference', () => {
    expect(refs('the #1 priority, Rust 1.82, https://example.org/page#42 and &#123;')).toEqual([]);
  });
});

describe('referenceUrl', () => {
  it('links pulls and issues to the configured repository', () => {
    expect(
      referenceUrl('https://github.com/coconut-svsm/svsm/', { kind: 'pull', number: 237 }),
    ).toBe('https://github.com/coconut-svsm/svsm/pull/237');
    expect(
      referenceUrl('https://github.com/coconut-svsm/svsm.git', { kind: 'issue', number: 54 }),
    ).toBe('https://github.com/coconut-svsm/svsm/issues/54');
    expect(
      referenceUrl('https://github.com/coconut-svsm/svsm', {
        kind: 'issue',
        number: 9,
        repository: 'coconut-svsm/qemu',
      }),
    ).toBe('https://github.com/coconut-svsm/qemu/issues/9');
  });
});
