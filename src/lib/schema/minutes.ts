import { z } from 'zod';
import { parseHumanDate, toIsoDate } from '../importer/parse-date.ts';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date: `2024-02-30` is rejected, not rolled over into March. */
function isCalendarDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** The ISO date an author most likely meant by `value` (`20250101`, `2025-1-8`, `January 8, 2025`). */
function meantDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/u.exec(text);
  if (compact) return toIsoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return parseHumanDate(text);
}

/** The message for a date that is not `YYYY-MM-DD`, with the date it probably means. */
function dateError(value: unknown): string {
  const meant = meantDate(value);
  const message = 'date must be an ISO calendar date (YYYY-MM-DD)';
  return meant === undefined || meant === value ? message : `${message}, e.g. ${meant}`;
}

/**
 * Frontmatter of one minutes file. YAML turns an unquoted `2024-11-27` into a Date, so both a Date and
 * a string are accepted and normalised to the ISO string.
 */
export const minutesFrontmatterSchema = z.strictObject({
  /** Display title, e.g. "SVSM Development Call (November 27th, 2024)". */
  title: z.string().trim().min(1, 'title must not be empty'),
  /** The day the meeting took place, ISO `YYYY-MM-DD`. */
  date: z
    // An unquoted 20250101 is a YAML number: name the date it means instead of "Invalid input".
    .union([z.string(), z.date()], { error: (issue) => dateError(issue.input) })
    .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
    .refine((value) => isoDate.test(value) && isCalendarDate(value), {
      error: (issue) => dateError(issue.input),
    }),
  /** The meeting series, e.g. "SVSM Development Call"; previous/next links stay within a series. */
  series: z.string().trim().min(1, 'series must not be empty'),
  /** Attendees exactly as written in the minutes; may be empty when the minutes have no list. */
  attendees: z.array(z.string().trim().min(1, 'attendee names must not be empty')).default([]),
  /** Extra topic ids that apply to the whole meeting. */
  topics: z.array(z.string().trim().min(1)).default([]),
  /** URL or path of the original the file was imported from. */
  source: z.string().trim().min(1).optional(),
  /**
   * Written by `npm run import`: hashes of the source it read and of the file it wrote, so a re-import
   * tells an upstream change from a local edit.
   */
  imported: z
    .strictObject({
      source: z.string().regex(/^[0-9a-f]+$/, 'source must be a hex hash'),
      file: z.string().regex(/^[0-9a-f]+$/, 'file must be a hex hash'),
    })
    .optional(),
  /** Drafts are built by `astro dev` only. */
  draft: z.boolean().default(false),
});
