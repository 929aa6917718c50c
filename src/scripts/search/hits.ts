/**
 * Turns Pagefind results into what the search UIs show. A meeting is one record whose sections are its
 * sub-results: its hit points at the best-matching section (or `####` subsection) and lists the other
 * matching ones. When topics or people are chosen as filters, a hit lands on the best-matching section
 * about all of them, and only when none of those has the words, on the section that has them. Topic
 * and person pages are one hit each.
 */
import { restoreOneLetterWords } from '../../lib/search/one-letter-words.ts';
import { decodeSectionTags } from '../../lib/search/section-tags.ts';
import type { SectionTags } from '../../lib/search/section-tags.ts';
import { highlightParam } from './pagefind.ts';
import { meetingType } from './search-state.ts';
import type { PagefindResultData, PagefindSubResult } from './pagefind.ts';

export interface SearchHit {
  /** `Meeting`, `Topic` or `Person` (the page's `type` filter; meetings have none). */
  type: string;
  /** A meeting section's heading (its parent section's, for a subsection), or the page's name. */
  title: string;
  /** Title of the meeting a section belongs to. */
  meeting: string | undefined;
  /** Display date of a meeting (`22 May 2024`), when the page has one. */
  date: string | undefined;
  /** Heading of the best-matching section, when the match is inside one. */
  section: string | undefined;
  url: string;
  /** Safe HTML: text with only `<mark>` elements. */
  excerpt: string;
  /** Other matching sections of the same page, best first. */
  otherSections: { title: string; url: string }[];
  /**
   * Whether the hit is a section about the chosen topics and people (always, when none are chosen).
   * Pagefind filters whole meetings: one may have the words in one section and the topic in another;
   * it is still a result (so a facet's count is the number of results choosing it gives), landing on
   * the section with the words.
   */
  inFocus: boolean;
}

/** The topic and person filters chosen: a meeting's hit must land on a section about all of them. */
export interface HitFocus {
  topics: readonly string[];
  people: readonly string[];
}

const noFocus: HitFocus = { topics: [], people: [] };

/** Words of a filtered section's opening shown when there are no search words to excerpt around. */
const openingWords = 24;

/**
 * Keeps Pagefind's `<mark>` highlighting and neutralises any other markup; writes back the one-letter
 * words the index text holds as stand-ins.
 */
export function sanitiseExcerpt(excerpt: string): string {
  return restoreOneLetterWords(excerpt).replace(/<(?!\/?mark>)/g, '&lt;');
}

/**
 * Drops empty highlight parameters (Pagefind adds `?highlight=` to results of a filter-only browse)
 * so links stay clean.
 */
export function cleanResultUrl(url: string): string {
  const [beforeHash = '', hash] = url.split('#', 2) as [string, string | undefined];
  const [path = '', query] = beforeHash.split('?', 2) as [string, string | undefined];
  const params = new URLSearchParams(query ?? '');
  const terms = params.getAll(highlightParam).filter((term) => term.trim() !== '');
  params.delete(highlightParam);
  for (const term of terms) params.append(highlightParam, term);
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`;
}

function scoreOf(sub: PagefindSubResult): number {
  return sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
}

function hasAll(values: readonly string[], wanted: readonly string[]): boolean {
  return wanted.every((value) => values.includes(value));
}

/** The record's sections by heading id, in page order, with their headings. */
interface RecordSection extends SectionTags {
  heading: string;
  /** Where the section's text starts, after its heading (a word index into the record's content). */
  start: number;
}

/** The record's sections by heading id, in page order. */
function sectionsOf(data: PagefindResultData): Map<string, RecordSection> {
  const anchors = data.anchors ?? [];
  const headings = new Map(anchors.map((anchor) => [anchor.id, anchor.text ?? '']));
  const sections = new Map<string, RecordSection>();
  for (const anchor of anchors) {
    const tags = decodeSectionTags(anchor.id);
    if (tags)
      sections.set(tags.anchor, {
        ...tags,
        heading: headings.get(tags.anchor) ?? '',
        start: anchor.location,
      });
  }
  return sections;
}

/** `url` with its fragment replaced by `#anchor`. */
function withAnchor(url: string, anchor: string): string {
  return `${url.split('#', 1)[0]}#${anchor}`;
}

/** The opening words of a section, as excerpt, when no words were searched. */
function openingOf(data: PagefindResultData, location: number): string {
  const text = data.raw_content ?? data.content ?? '';
  if (text === '') return '';
  const words = text.split(/\s+/u);
  const opening = words.slice(location, location + openingWords).join(' ');
  return location + openingWords < words.length ? `${opening} …` : opening;
}

export function toSearchHit(data: PagefindResultData, focus: HitFocus = noFocus): SearchHit {
  const type = data.filters['type']?.[0] ?? meetingType;
  const pageTitle = data.meta['title'] ?? '';
  const date = data.meta['date'];
  const sections = sectionsOf(data);
  const focused = focus.topics.length > 0 || focus.people.length > 0;
  // A page without section tags (a topic or person page) has headings, but no topics to match.
  const eligible = (id: string) => {
    const section = sections.get(id);
    if (!section) return sections.size === 0 && !focused;
    return hasAll(section.topics, focus.topics) && hasAll(section.people, focus.people);
  };
  const titled = (id: string, fallback: string) => {
    const section = sections.get(id);
    if (!section) return { title: pageTitle, section: fallback };
    const parent = section.parent ? sections.get(section.parent) : undefined;
    return { title: (parent ?? section).heading, section: section.heading };
  };
  const meeting = sections.size > 0 ? pageTitle : undefined;
  const ranked = data.sub_results
    .map((sub, order) => ({ sub, order, score: scoreOf(sub) }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const sectionHit = (matching: typeof ranked, inFocus: boolean): SearchHit | undefined => {
    const best = matching[0];
    if (!best) return undefined;
    return {
      type,
      ...titled(best.sub.anchor!.id, best.sub.title),
      meeting,
      date,
      url: cleanResultUrl(best.sub.url),
      excerpt: sanitiseExcerpt(best.sub.excerpt),
      otherSections: matching
        .slice(1, 4)
        .map(({ sub }) => ({ title: sub.title, url: cleanResultUrl(sub.url) })),
      inFocus,
    };
  };
  const inFocus = sectionHit(
    ranked.filter(({ sub }) => sub.anchor && eligible(sub.anchor.id)),
    true,
  );
  if (inFocus) return inFocus;
  // Browsing by topic or person (no words): the first section about them.
  const first =
    focused && ranked.length === 0 ? [...sections.keys()].find((id) => eligible(id)) : undefined;
  if (first !== undefined) {
    return {
      type,
      ...titled(first, ''),
      meeting,
      date,
      url: cleanResultUrl(withAnchor(data.url, first)),
      excerpt: sanitiseExcerpt(openingOf(data, sections.get(first)!.start)),
      otherSections: [],
      inFocus: true,
    };
  }
  // The words only in sections about something else: the meeting has the chosen topics and people
  // and the words, so it is a result (the facet beside the topic counted it), and it lands where the
  // words are.
  const elsewhere = focused
    ? sectionHit(
        ranked.filter(({ sub }) => sub.anchor && sections.has(sub.anchor.id)),
        false,
      )
    : undefined;
  if (elsewhere) return elsewhere;
  // Words only before the first heading, or no words at all.
  const top = ranked[0]?.sub;
  return {
    type,
    title: pageTitle,
    meeting: undefined,
    date,
    section: undefined,
    url: cleanResultUrl(top?.url ?? data.url),
    excerpt: sanitiseExcerpt(top?.excerpt ?? data.excerpt),
    otherSections: [],
    inFocus: !focused,
  };
}
