/** Reading the dates people write in minutes titles and file names, always to ISO `YYYY-MM-DD`. */

const monthNumbers: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Builds the ISO date, or undefined when the parts are not a real calendar day (no Feb 30). */
export function toIsoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999)
    return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

const day = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const month = String.raw`([A-Za-z]{3,9})\.?`;
const year = String.raw`(\d{4})`;

/** Forms accepted, each matching the whole text (surrounding whitespace and punctuation ignored). */
const isoPattern = new RegExp(String.raw`^${year}-(\d{1,2})-(\d{1,2})$`);
const monthFirstPattern = new RegExp(String.raw`^${month}\s+${day},?\s+${year}$`, 'i');
const dayFirstPattern = new RegExp(String.raw`^${day}(?:\s+of)?\s+${month},?\s+${year}$`, 'i');

/**
 * Parses "November 27th, 2024", "Nov 27 2024", "27 November 2024", "2024-11-27" and similar.
 * Returns undefined for anything else, including impossible days.
 */
export function parseHumanDate(text: string): string | undefined {
  const cleaned = text
    .trim()
    .replace(/^[\s,:;–—-]+|[\s,:;.–—-]+$/g, '')
    .replace(/\s+/g, ' ');
  const iso = isoPattern.exec(cleaned);
  if (iso) return toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = monthFirstPattern.exec(cleaned);
  if (monthFirst) return fromParts(monthFirst[1], monthFirst[2], monthFirst[3]);
  const dayFirst = dayFirstPattern.exec(cleaned);
  if (dayFirst) return fromParts(dayFirst[2], dayFirst[1], dayFirst[3]);
  return undefined;
}

function fromParts(monthText = '', dayText = '', yearText = ''): string | undefined {
  const monthNumber = monthNumbers.get(monthText.toLowerCase());
  if (monthNumber === undefined) return undefined;
  return toIsoDate(Number(yearText), monthNumber, Number(dayText));
}

/** The first `YYYY-MM-DD` in a file name such as `devel-call-2024-11-27.md`, if it is a real date. */
export function dateFromFileName(fileName: string): string | undefined {
  const match = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(fileName);
  return match ? toIsoDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/** "November 27, 2024": the form `npm run new` writes into titles. */
export function formatLongDate(isoDate: string): string {
  const [yearText, monthText, dayText] = isoDate.split('-');
  const name = monthNames[Number(monthText) - 1] ?? monthText;
  return `${name} ${Number(dayText)}, ${yearText}`;
}
