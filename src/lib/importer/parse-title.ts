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

  return { title, series: seriesOf(title) };
}

const monthWord =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ordinalDay = '\\d{1,2}(?:st|nd|rd|th)?';
const datePhrases = [
  new RegExp(
    `\\b${monthWord}\\s+${ordinalDay}(?:\\s*[-–]\\s*${ordinalDay})?(?:,?\\s+\\d{4})?\\b`,
    'giu',
  ),
  new RegExp(`\\b${ordinalDay}(?:\\s+of)?\\s+${monthWord}(?:,?\\s+\\d{4})?\\b`, 'giu'),
  // A bare month only when spelled out ("the February meeting"); "May" alone is too often a word.
  /\b(?:january|february|march|april|june|july|august|september|october|november|december)(?:\s+\d{4})?\b/giu,
  /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,3}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/gu,
];
// "Agenda for the …", "Notes from the …": what kind of document it is, not which meeting.
const documentLabel =
  /^(?:agenda|minutes|notes|meeting\s+notes|summary)\s+(?:for|of|from)\s+(?:the\s+)?/iu;
// "video call of WebAssembly's Community Group": the group that meets is the series.
const meetingOf =
  /^(?:(?:regular|weekly|monthly|bi-?weekly|video|online|in-person|virtual|hybrid|public|open)\s+)*(?:meeting|call|session|sync|teleconference|telecon|conference\s+call)\s+(?:of|with)\s+(?:the\s+)?(.+)$/iu;

/**
 * The series a title without a standard date form belongs to: the title without its date phrases (anywhere,
 * "the January 2nd video call"), document labels and "meeting of", so every meeting of one body has one series.
 */
function seriesOf(title: string): string {
  let series = title;
  for (const pattern of datePhrases) series = series.replace(pattern, ' ');
  series = series
    .replace(/\s+/gu, ' ')
    .replace(/\(\s*\)/gu, ' ')
    .trim();
  series = series.replace(documentLabel, '');
  series = series.replace(meetingOf, '$1');
  series = cleanSeries(series.replace(/\s+/gu, ' ').trim());
  if (series === '') return title;
  return series.charAt(0).toUpperCase() + series.slice(1);
}

function cleanSeries(text: string): string {
  return text.replace(/[\s,:;–—-]+$/, '').trim();
}
