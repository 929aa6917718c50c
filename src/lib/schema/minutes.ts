import { z } from 'zod';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date: `2024-02-30` is rejected, not rolled over into March. */
function isCalendarDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
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
    .union([z.string(), z.date()])
    .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
    .refine((value) => isoDate.test(value) && isCalendarDate(value), {
      message: 'date must be an ISO calendar date (YYYY-MM-DD)',
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

export type MinutesFrontmatterInput = z.input<typeof minutesFrontmatterSchema>;
