import type { MonthCount } from './archive/model.ts';

export interface BarLayout {
  barWidth: number;
  gap: number;
  /** Height of the tallest bar. */
  height: number;
  /** The count drawn at full height; by default the busiest month's, so a part can share a whole's scale. */
  max?: number;
}

export interface Bar {
  month: string;
  count: number;
  x: number;
  y: number;
  height: number;
}

/** Months with meetings get bars scaled to the busiest month; quiet months a thin stub, so gaps read as gaps. */
export function layoutBars(activity: readonly MonthCount[], layout: BarLayout): Bar[] {
  const max = layout.max ?? Math.max(1, ...activity.map((month) => month.count));
  return activity.map((month, index) => {
    const height =
      month.count === 0 ? 2 : Math.max(3, Math.round((month.count / max) * layout.height));
    return {
      month: month.month,
      count: month.count,
      x: index * (layout.barWidth + layout.gap),
      y: layout.height - height,
      height,
    };
  });
}

/**
 * All bars as one SVG path (`M x y h w v h h -w z` per bar): a sparkline in a table row of every topic
 * costs one element instead of one per month, which keeps index pages small as archives grow.
 */
export function barsPath(bars: readonly Bar[], barWidth: number): string {
  return bars.map((bar) => `M${bar.x} ${bar.y}h${barWidth}v${bar.height}h-${barWidth}z`).join('');
}
