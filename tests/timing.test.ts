import { describe, expect, it } from 'vitest';
import { parseTimingLines } from '../bench/measure-build.ts';
import { reportTiming } from '../src/lib/timing.ts';

describe('build phase timings', () => {
  it('are not printed unless MINUTEBOOK_TIMING=1 asks for them', () => {
    const printed: string[] = [];
    reportTiming((line) => printed.push(line), 'archive', performance.now(), {});
    reportTiming((line) => printed.push(line), 'archive', performance.now(), {
      MINUTEBOOK_TIMING: '0',
    });
    expect(printed).toEqual([]);
  });

  it('when asked, are printed in the form the bench parses', () => {
    const printed: string[] = [];
    const started = performance.now() - 42;
    reportTiming((line) => printed.push(`[minutebook] ${line}`), 'archive', started, {
      MINUTEBOOK_TIMING: '1',
    });
    expect(printed).toHaveLength(1);
    const phases = parseTimingLines(printed.join('\n'));
    expect(Object.keys(phases)).toEqual(['archive']);
    expect(phases['archive']).toBeGreaterThanOrEqual(42);
  });
});
