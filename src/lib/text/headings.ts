/**
 * What a heading says once its decoration is gone, and whether it only gives the minutes their shape.
 *
 * API
 * - `cleanHeading(text)`: the heading without numbering ("2.", "iii)"), a "Topic:" label, trailing colons,
 *   time boxes ("[30min]", "(15 minutes)", "(50 minute timebox)") and issue numbers ("#123"), spaces collapsed.
 * - `headingKey(text)`: `cleanHeading`, lower-cased and without diacritics or punctuation: equal keys are
 *   the same heading however a file spelled it.
 * - `isStructuralHeading(text)`: true when every word is meeting structure ("Agenda", "Attendees",
 *   "Announcements", "Q&A, Other", "Upcoming meetings", "Agenda items for future meetings"): such a heading
 *   is neither a title nor a topic.
 */
import { stripDiacritics } from './normalize.ts';

const NUMBERING_RE = /^(?:\d+(?:\.\d+)*[.)]?|[ivxlc]+[.)]|[a-z][.)])\s+/iu;
const LABEL_RE = /^(?:topic|item|agenda\s+item)\s*\d*\s*[:–—-]\s*/iu;
const TIMEBOX_RE =
  /\s*[([]\s*(?:~|approx\.?\s*)?\d+\s*(?:-\s*\d+\s*)?(?:min(?:ute)?s?|m|h|hours?|hrs?)\b[^)\]]*[)\]]/giu;
const ISSUE_RE = /\s*[([]?#\d+[)\]]?(?=\s|$)/gu;

export function cleanHeading(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(NUMBERING_RE, '')
    .replace(LABEL_RE, '')
    .replace(TIMEBOX_RE, '')
    .replace(ISSUE_RE, '')
    .replace(/[\s:;,.–—-]+$/u, '')
    .trim();
}

export function headingKey(text: string): string {
  return stripDiacritics(cleanHeading(text).toLowerCase())
    .replace(/[’']s\b/gu, 's')
    .replace(/[^\p{L}\p{N}/]+/gu, ' ')
    .trim();
}

/** Words of the shape of a meeting, not of what it discussed. */
const STRUCTURE_WORDS = new Set(
  (
    'agenda items item attendees attendance attendee present participants people members roll call links ' +
    'link announcements announcement action actions next upcoming meeting meetings q a qa other others aob any ' +
    'business closure closing close opening open welcome introduction introductions intros notes note minutes ' +
    'topics topic discussion discussions proposals proposal registration logistics table contents toc summary ' +
    'decisions decision old new updates update dates date reminders reminder schedule recording recordings ' +
    'resources follow ups up steps adjourn adjournment housekeeping misc miscellaneous future previous last ' +
    'review week weeks weekly general administrative admin taker takers volunteers volunteer time location ' +
    'where when details and or for of the to from in on at this our'
  ).split(' '),
);
/** Words that may join structure words but are never structure on their own. */
const JOINING_WORDS = new Set([
  'and',
  'or',
  'for',
  'of',
  'the',
  'to',
  'from',
  'in',
  'on',
  'at',
  'this',
  'our',
  'a',
]);

export function isStructuralHeading(text: string): boolean {
  const words = headingKey(text)
    .split(/[\s/]+/u)
    .filter((word) => word !== '');
  if (words.length === 0) return true;
  return (
    words.every((word) => STRUCTURE_WORDS.has(word)) &&
    words.some((word) => !JOINING_WORDS.has(word))
  );
}
