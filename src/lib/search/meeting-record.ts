/**
 * What Minutebook gives Pagefind for a meeting: the whole meeting as one search record, its sections
 * and `####` subsections as the record's sub-results (Pagefind makes one from each heading with an
 * id). One record per meeting keeps the index small as the archive grows: Pagefind's metadata, its
 * filter lists and the postings of every word grow with the number of records, and a record per
 * section made them six times larger. Topic and person pages stay one record each. The meeting page
 * marks its sections with `data-search-meeting` / `data-search-section` (see the meeting page
 * template); which topics and people each section is about travels in the record as an empty element
 * whose id carries them (`sectionTagsPrefix`), so the browser can land a filtered search on a section
 * that has the chosen topic without any of it being indexed as words. A meeting record has no `type`
 * filter value (topic and person pages do): see `meetingType` in src/scripts/search/search-state.ts.
 */
import { decodeEntities, escapeHtml, htmlText } from './html-text.ts';
import { withoutIgnored } from './indexed-part.ts';
import { hideOneLetterWordsInHtml } from './one-letter-words.ts';
import { encodeSectionTags } from './section-tags.ts';

/** On the meeting's `<article>`: what the whole meeting record carries. */
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
  /** For a `####` subsection: its section's anchor. */
  parent: string | null;
  heading: string;
  topics: string[];
  people: string[];
  /** Extra words the section is findable by (see section-terms.ts). */
  terms: string;
}

export interface SearchRecord {
  /** Site-relative URL of the page. */
  url: string;
  /** A complete HTML document for Pagefind's `addHTMLFile`. */
  html: string;
  /** Indexed text, for the vocabulary. */
  text: string;
  /** ISO date of a meeting, so records can be added oldest first. */
  sort?: string;
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

/** Whether a built page is a meeting page, indexed as one record with its sections as sub-results. */
export function isMeetingPage(html: string): boolean {
  return MEETING_RE.test(html);
}

/** The search record of a built meeting page at `pageUrl` (`/meetings/2024-11-27-…/`). */
export function meetingSearchRecord(html: string, pageUrl: string): SearchRecord | undefined {
  const meetingRaw = MEETING_RE.exec(html)?.[1];
  if (meetingRaw === undefined) return undefined;
  const meeting = parseAttribute<MeetingSearchInfo>(meetingRaw);
  const lang = LANG_RE.exec(html)?.[1] ?? 'en';
  const topics = new Set<string>();
  const people = new Set<string>();
  const bodies: string[] = [];
  const texts: string[] = [];
  for (const m of html.matchAll(SECTION_RE)) {
    const section = parseAttribute<SectionSearchInfo>(m[1]!);
    // Topic chips and the links to other discussions are not indexed: Pagefind need not parse them.
    const body = withoutIgnored(m[2]!);
    for (const topic of section.topics) topics.add(topic);
    for (const person of section.people) people.add(person);
    // Right after the section's heading (the first element of its markup), so it sits in its range.
    const tags = section.anchor
      ? `<span hidden id="${escapeHtml(encodeSectionTags(section))}"></span>`
      : '';
    const headingEnd = section.anchor ? body.search(/<\/h[1-6]>/u) : -1;
    const tagged =
      headingEnd < 0
        ? `${tags}${body}`
        : `${body.slice(0, headingEnd + 5)}${tags}${body.slice(headingEnd + 5)}`;
    // The extra words weigh little: they make a section findable, the minutes' own words rank it.
    const terms = section.terms
      ? `<p hidden data-pagefind-weight="0.5">${escapeHtml(section.terms)}</p>`
      : '';
    bodies.push(`${hideOneLetterWordsInHtml(tagged)}${terms}`);
    texts.push(htmlText(body), section.terms);
  }
  const shared = [
    hidden('data-pagefind-meta="title"', meeting.title),
    hidden('data-pagefind-meta="date"', meeting.date),
    hidden('data-pagefind-filter="year"', meeting.year),
    hidden('data-pagefind-filter="series"', meeting.series),
    hidden('data-pagefind-sort="date"', meeting.sort),
    ...[...topics].map((name) => hidden('data-pagefind-filter="topic"', name)),
    ...[...people].map((name) => hidden('data-pagefind-filter="person"', name)),
  ].join('');
  return {
    url: pageUrl,
    html: `<!doctype html><html lang="${escapeHtml(lang)}"><head><title>${escapeHtml(meeting.title)}</title></head><body><main data-pagefind-body>${shared}${bodies.join('')}</main></body></html>`,
    text: texts.filter(Boolean).join(' '),
    sort: meeting.sort,
  };
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
