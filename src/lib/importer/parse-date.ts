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

/** What a file's path says about its date: a whole day, or only a year and month (`2025/CG-02.md`). */
export type PathDate = { date: string } | { year: number; month: number };

/**
 * The date a minutes file's path gives: `YYYY-MM-DD` (or `YYYYMMDD`, `YYYY_MM_DD`) in the file name, else a
 * year folder with `MM-DD` in the file name (`main/2024/CG-01-02.md` → 2024-01-02), else a year folder with
 * a lone month (`main/2025/CG-02.md` → 2025-02). The file name's own date wins over any folder.
 */
export function dateFromPath(relativePath: string): PathDate | undefined {
  const segments = relativePath.split(/[\\/]/u);
  const fileName = (segments.pop() ?? '').replace(/\.[^.]*$/u, '');
  const full = /(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/u.exec(fileName);
  if (full) {
    const date = toIsoDate(Number(full[1]), Number(full[2]), Number(full[3]));
    if (date) return { date };
  }
  const yearFolder = [...segments].reverse().find((segment) => /^\d{4}$/u.test(segment));
  const yearInName = /(?<!\d)(\d{4})(?!\d)/u.exec(fileName)?.[1];
  const year = Number(yearInName ?? yearFolder);
  if (!year) return undefined;
  const rest = yearInName ? fileName.replace(yearInName, ' ') : fileName;
  const monthDay = /(?<!\d)(\d{1,2})[-_.](\d{1,2})(?!\d)/u.exec(rest);
  if (monthDay) {
    const date = toIsoDate(year, Number(monthDay[1]), Number(monthDay[2]));
    if (date) return { date };
  }
  const month = /(?<!\d)(\d{1,2})(?!\d)/u.exec(rest);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12)
    return { year, month: Number(month[1]) };
  return undefined;
}

/**
 * The first day of `month` that `text` names ("February 12-13, 2025", "12 February", "2025-02-12"), for
 * minutes whose path gives only the month. Undefined when the text names no day of that month.
 */
export function findDayInMonth(text: string, year: number, month: number): string | undefined {
  const names = [...monthNumbers].filter(([, number]) => number === month).map(([name]) => name);
  const name = `(?:${names.join('|')})\\.?`;
  const mm = String(month).padStart(2, '0');
  const patterns = [
    new RegExp(String.raw`\b${year}-${mm}-(\d{2})\b`, 'u'),
    new RegExp(String.raw`\b${name}\s+(\d{1,2})(?:st|nd|rd|th)?\b`, 'iu'),
    new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${name}\b`, 'iu'),
  ];
  let best: { at: number; date: string } | undefined;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    const date = match ? toIsoDate(year, month, Number(match[1])) : undefined;
    if (match && date && (best === undefined || match.index < best.at))
      best = { at: match.index, date };
  }
  return best?.date;
}
