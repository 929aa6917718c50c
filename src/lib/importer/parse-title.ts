import { parseHumanDate } from './parse-date.ts';

export interface ParsedTitle {
  /** The heading without its "Meeting Minutes:" label, e.g. "SVSM Development Call (November 27th, 2024)". */
  title: string;
  /** The title without its date, e.g. "SVSM Development Call". */
  series: string;
  /** ISO date when the title carries one. */
  date?: string;
}

/** Labels that precede the real title; longest first so "Meeting Minutes" wins over "Meeting". */
const labelPattern =
  /^(?:meeting\s+minutes|minutes\s+of(?:\s+the)?|minutes|meeting\s+notes|notes|meeting)\s*[:–—-]\s*/i;

/**
 * Splits a minutes H1 into title, series and date. Seen in the wild:
 * "Meeting Minutes: SVSM Development Call (November 27th, 2024)", "Meeting: SVSM Development Call (February 14, 2024)".
 * Also handled: no label, a trailing colon, the date after a dash or comma instead of in parentheses, ISO dates.
 */
export function parseTitle(heading: string): ParsedTitle {
  const title = heading
    .replace(/\s+/g, ' ')
    .trim()
    .replace(labelPattern, '')
    .replace(/\s*:\s*$/, '')
    .trim();

  const parenthesised = /^(.*?)\s*\(([^()]*)\)$/.exec(title);
  if (parenthesised) {
    const date = parseHumanDate(parenthesised[2] ?? '');
    const series = cleanSeries(parenthesised[1] ?? '');
    if (date && series) return { title, series, date };
  }

  // "Series - November 27, 2024", "Series, 2024-11-27", "Series 2024-11-27": try the longest trailing date first.
  const words = title.split(' ');
  for (let start = 1; start < words.length; start += 1) {
    const date = parseHumanDate(words.slice(start).join(' '));
    if (date) {
      const series = cleanSeries(words.slice(0, start).join(' '));
      if (series) return { title, series, date };
    }
  }

  return { title, series: title };
}

function cleanSeries(text: string): string {
  return text.replace(/[\s,:;–—-]+$/, '').trim();
}
