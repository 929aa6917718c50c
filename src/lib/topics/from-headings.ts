/**
 * Topics for an archive without `topics.yaml`: the headings that recur across meetings.
 *
 * API
 * - `topicsFromHeadings(minutes, { minMeetings? })` → `{ topics, structural }`.
 *   A heading (below the title level) whose `headingKey` (numbering, time boxes, issue numbers, case and
 *   punctuation ignored) occurs in at least `minMeetings` (2) meetings becomes a topic: named by its most
 *   used spelling, every other spelling an alias. Structural headings ("Agenda", "Attendees",
 *   "Announcements", "Q&A, Other") and headings that are dates never become topics; they are listed in
 *   `structural` so the build can say what it left out and why.
 */
import type { MinutesFile, TopicRecord } from '../types.ts';
import { boundedSlug } from '../text/normalize.ts';
import { cleanHeading, headingKey, isStructuralHeading } from '../text/headings.ts';

export interface HeadingTopics {
  topics: TopicRecord[];
  /** Recurring headings left out because they give the minutes their shape (or are dates), most frequent first. */
  structural: string[];
}

const FENCE_RE = /^\s{0,3}(`{3,}|~{3,})/u;
const HEADING_RE = /^\s{0,3}(#{2,6})\s+(.*?)(?:\s+#+)?\s*$/u;
const MONTH_RE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu;

/** What a heading line shows: link and emphasis markup removed. */
function headingText(raw: string): string {
  return raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/[*_`~]+/gu, '')
    .replace(/\\([^\w\s])/gu, '$1')
    .trim();
}

/** Headings of one body, skipping fenced code; H1s are titles, not discussions. */
function headingsOf(body: string): string[] {
  const headings: string[] = [];
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const open = FENCE_RE.exec(line)?.[1];
    if (open) {
      if (fence === undefined) fence = open[0];
      else if (open[0] === fence) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const match = HEADING_RE.exec(line);
    if (match?.[2]) headings.push(headingText(match[2]));
  }
  return headings;
}

function isDate(key: string): boolean {
  return /\d/u.test(key) && MONTH_RE.test(key);
}

export function topicsFromHeadings(
  minutes: readonly MinutesFile[],
  options: { minMeetings?: number } = {},
): HeadingTopics {
  const minMeetings = options.minMeetings ?? 2;
  const meetingsOf = new Map<string, Set<string>>();
  const spellings = new Map<string, Map<string, number>>();
  for (const file of minutes) {
    const series = headingKey(file.frontmatter.series);
    for (const heading of headingsOf(file.text)) {
      const key = headingKey(heading);
      if (key === '' || key === series) continue;
      (meetingsOf.get(key) ?? meetingsOf.set(key, new Set()).get(key))?.add(file.id);
      const spelled = spellings.get(key) ?? spellings.set(key, new Map()).get(key);
      const shown = cleanHeading(heading);
      spelled?.set(shown, (spelled.get(shown) ?? 0) + 1);
    }
  }

  const recurring = [...meetingsOf]
    .filter(([, ids]) => ids.size >= minMeetings)
    .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]));
  const topics: TopicRecord[] = [];
  const structural: string[] = [];
  const ids = new Set<string>();
  for (const [key, meetings] of recurring) {
    const names = [...(spellings.get(key) ?? new Map<string, number>())].sort(
      (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
    );
    const name = names[0]?.[0] ?? key;
    if (isStructuralHeading(name) || isDate(key)) {
      structural.push(name);
      continue;
    }
    const base = boundedSlug(name) || 'topic';
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    topics.push({
      id,
      name,
      description: `A heading that recurs in ${meetings.size} meetings.`,
      // A `/…/` spelling would be read as a pattern; headings are plain text.
      aliases: names
        .slice(1)
        .map(([spelling]) => spelling)
        .filter((spelling) => !/^\/.*\/$/u.test(spelling)),
      related: [],
    });
  }
  return { topics, structural };
}
