import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDayMonth,
  formatMonth,
  formatMonthName,
  formatShortDate,
  monthRange,
} from '../src/lib/dates.ts';

describe('dates as the pages show them', () => {
  it('writes day, month and year in British order, the same day in every time zone', () => {
    expect(formatDate('2024-11-27')).toBe('27 November 2024');
    expect(formatShortDate('2024-11-27')).toBe('27 Nov 2024');
    expect(formatDayMonth('2025-01-01')).toBe('1 Jan');
    expect(formatMonth('2024-12')).toBe('December 2024');
    expect(formatMonthName('2024-02-29')).toBe('February');
  });

  it('lists every month from the first to the last, across a new year', () => {
    expect(monthRange('2024-11-27', '2025-02-03')).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
  });
});
