/**
 * What Minutebook gives Pagefind: every discussion section of a meeting as a search record of its own,
 * so sections compete by their own content (a short section about a topic is not outranked by a long
 * meeting that mentions it in passing), and its `####` subsections are the record's sub-results.
 * Topic and person pages stay one record each. The meeting page marks its sections for this with
 * `data-search-meeting` / `data-search-section` (see the meeting page template).
 */
import { decodeEntities, escapeHtml, htmlText } from './html-text.ts';

/** On the meeting's `<article>`: what every section record of the meeting shares. */
export interface MeetingSearchInfo {
  title: string;
  /** Display date (`27 November 2024`). */
  date: string;
  /** ISO date, the sort key. */
  sort: string;
  year: string;
  series: string;
}

/** On each `<section>` (and the preamble): what only this section has. */
export interface SectionSearchInfo {
  /** Heading id; null for text before the first section. */
  anchor: string | null;
  /** For a `####` subsection: its section's anchor. It is indexed with that section, as a sub-result. */
  parent: string | null;
  heading: string;
  topics: string[];
  people: string[];
  /** Extra words the section is findable by (see section-terms.ts). */
  terms: string;
}

export interface SearchRecord {
  /** Site-relative URL, with the section's `#anchor`. */
  url: string;
  /** A complete HTML document for Pagefind's `addHTMLFile`. */
  html: string;
  /** Indexed text, for the vocabulary. */
  text: string;
}

export function searchDataAttribute(value: MeetingSearchInfo | SectionSearchInfo): string {
  return JSON.stringify(value);
}

const MEETING_RE = /<article\b[^>]*\bdata-search-meeting="([^"]*)"/u;
// Section markup comes from the template; minutes text cannot open or close elements (it is escaped).
const SECTION_RE = /<section\b[^>]*\bdata-search-section="([^"]*)"[^>]*>([\s\S]*?)<\/section>/gu;
const LANG_RE = /<html\b[^>]*\blang="([^"]*)"/u;

function parseAttribute<T>(raw: string): T {
  return JSON.parse(decodeEntities(raw)) as T;
}

function hidden(attribute: string, value: string): string {
  return `<span hidden data-pagefind-ignore ${attribute}>${escapeHtml(value)}</span>`;
}

/** Whether a built page is a meeting page to split into section records. */
export function isMeetingPage(html: string): boolean {
  return MEETING_RE.test(html);
}

/** The section records of a built meeting page at `pageUrl` (`/meetings/2024-11-27-…/`). */
export function meetingSectionRecords(html: string, pageUrl: string): SearchRecord[] {
  const meetingRaw = MEETING_RE.exec(html)?.[1];
  if (meetingRaw === undefined) return [];
  const meeting = parseAttribute<MeetingSearchInfo>(meetingRaw);
  const lang = LANG_RE.exec(html)?.[1] ?? 'en';
  // A subsection joins its parent's record: its heading (with its id) becomes a sub-result there.
  const parts: { info: SectionSearchInfo; bodies: string[]; terms: string[] }[] = [];
  const byAnchor = new Map<string, (typeof parts)[number]>();
  for (const m of html.matchAll(SECTION_RE)) {
    const info = parseAttribute<SectionSearchInfo>(m[1]!);
    const parent = info.parent ? byAnchor.get(info.parent) : undefined;
    if (parent) {
      parent.bodies.push(m[2]!);
      parent.terms.push(info.terms);
      parent.info.topics = [...new Set([...parent.info.topics, ...info.topics])];
      parent.info.people = [...new Set([...parent.info.people, ...info.people])];
      continue;
    }
    const part = { info: { ...info }, bodies: [m[2]!], terms: [info.terms] };
    parts.push(part);
    if (info.anchor) byAnchor.set(info.anchor, part);
  }
  const records: SearchRecord[] = [];
  for (const { info: section, bodies, terms: termList } of parts) {
    const body = bodies.join('');
    const extra = termList.filter(Boolean).join(' · ');
    const shared = [
      hidden('data-pagefind-meta="title"', section.heading),
      hidden('data-pagefind-meta="meeting"', meeting.title),
      hidden('data-pagefind-meta="date"', meeting.date),
      hidden('data-pagefind-filter="type"', 'Meeting'),
      hidden('data-pagefind-filter="year"', meeting.year),
      hidden('data-pagefind-filter="series"', meeting.series),
      hidden('data-pagefind-sort="date"', meeting.sort),
      ...section.topics.map((name) => hidden('data-pagefind-filter="topic"', name)),
      ...section.people.map((name) => hidden('data-pagefind-filter="person"', name)),
    ].join('');
    // The extra words weigh little: they make a section findable, the minutes' own words rank it.
    const terms = extra ? `<p hidden data-pagefind-weight="0.5">${escapeHtml(extra)}</p>` : '';
    records.push({
      url: section.anchor ? `${pageUrl}#${section.anchor}` : pageUrl,
      html: `<!doctype html><html lang="${escapeHtml(lang)}"><head><title>${escapeHtml(section.heading)}</title></head><body><main data-pagefind-body>${shared}${body}${terms}</main></body></html>`,
      text: `${htmlText(body)} ${extra}`,
    });
  }
  return records;
}

/** The indexed text of any other page with a `data-pagefind-body` (topic and person pages). */
export function pageBodyText(html: string): string {
  const start = html.search(/<[a-z]+\b[^>]*\bdata-pagefind-body\b/u);
  if (start < 0) return '';
  const body = html
    .slice(start)
    .replace(/<(\w+)\b[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/gu, ' ');
  return htmlText(body.replace(/<\/article>[\s\S]*$/u, ''));
}
