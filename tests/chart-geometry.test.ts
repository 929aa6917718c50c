import { describe, expect, it } from 'vitest';
import { barsPath, layoutBars } from '../src/lib/chart-geometry.ts';

describe('layoutBars', () => {
  it('scales bars to the busiest month and keeps quiet months as a visible stub', () => {
    const bars = layoutBars(
      [
        { month: '2024-01', count: 4 },
        { month: '2024-02', count: 0 },
        { month: '2024-03', count: 1 },
      ],
      { barWidth: 3, gap: 1, height: 20 },
    );
    expect(bars.map((bar) => [bar.x, bar.y, bar.height])).toEqual([
      [0, 0, 20],
      [4, 18, 2],
      [8, 15, 5],
    ]);
  });

  it('draws every bar of a sparkline in one path', () => {
    const bars = layoutBars(
      [
        { month: '2024-01', count: 2 },
        { month: '2024-02', count: 1 },
      ],
      { barWidth: 3, gap: 1, height: 10 },
    );
    expect(barsPath(bars, 3)).toBe('M0 0h3v10h-3zM4 5h3v5h-3z');
  });
});
