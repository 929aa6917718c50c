import { describe, expect, it } from 'vitest';
import { memoize } from '../src/lib/memo.ts';

describe('memoize', () => {
  it('computes each key once, undefined values included, and keeps at most its limit', () => {
    const asked: string[] = [];
    const lookUp = memoize(2, (key: string) => {
      asked.push(key);
      return key === 'none' ? undefined : key.toUpperCase();
    });
    expect([lookUp('a'), lookUp('a'), lookUp('none'), lookUp('none')]).toEqual([
      'A',
      'A',
      undefined,
      undefined,
    ]);
    expect(asked).toEqual(['a', 'none']);
    // Full: a third key starts afresh, so the first is computed again.
    expect([lookUp('b'), lookUp('a')]).toEqual(['B', 'A']);
    expect(asked).toEqual(['a', 'none', 'b', 'a']);
  });
});
