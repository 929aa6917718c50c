/**
 * Turns Pagefind results into what the search UIs show: one hit per page, pointing at the section
 * that matches best (Pagefind lists a page's sections in document order, not by relevance).
 */
import { highlightParam } from './pagefind.ts';
import type { PagefindResultData, PagefindSubResult } from './pagefind.ts';

export interface SearchHit {
  /** `Meeting`, `Topic` or `Person` (the page's `type` filter). */
  type: string;
  /** Record title: a meeting section's heading, or the topic's or person's name. */
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
}

/** Keeps Pagefind's `<mark>` highlighting and neutralises any other markup. */
export function sanitiseExcerpt(excerpt: string): string {
  return excerpt.replace(/<(?!\/?mark>)/g, '&lt;');
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

/** What a meeting page says about each of its sections (its `sections` meta, written by the meeting page). */
export interface SectionInfo {
  /** Anchor id of the section heading. */
  a: string;
  /** Heading text. */
  h: string;
  /** Topic names of the section. */
  t: string[];
  /** Names of people named in the section. */
  p: string[];
}

/** Chosen topic and person filters: the shown section should be about them, not merely on the same page. */
export interface HitFocus {
  topic: readonly string[];
  person: readonly string[];
}

export function parseSectionInfo(raw: string | undefined): SectionInfo[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed)
      ? (parsed as SectionInfo[]).filter((info) => typeof info?.a === 'string')
      : [];
  } catch {
    return [];
  }
}

function scoreOf(sub: PagefindSubResult): number {
  return sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
}

function withAnchor(url: string, anchor: string): string {
  return `${url.split('#')[0] ?? url}#${anchor}`;
}

/** Sections of the page about the focus: all chosen kinds matched if possible, else topics alone. */
function focusSections(
  infos: SectionInfo[],
  focus: HitFocus | undefined,
): SectionInfo[] | undefined {
  if (!focus || (focus.topic.length === 0 && focus.person.length === 0)) return undefined;
  const aboutTopic = (info: SectionInfo) =>
    focus.topic.length === 0 || focus.topic.some((name) => info.t.includes(name));
  const aboutPerson = (info: SectionInfo) =>
    focus.person.length === 0 || focus.person.some((name) => info.p.includes(name));
  const both = infos.filter((info) => aboutTopic(info) && aboutPerson(info));
  if (both.length > 0) return both;
  const topical = focus.topic.length > 0 ? infos.filter(aboutTopic) : [];
  return topical.length > 0 ? topical : undefined;
}

export function toSearchHit(data: PagefindResultData, focus?: HitFocus): SearchHit {
  const ranked = data.sub_results
    .map((sub, order) => ({ sub, order, score: scoreOf(sub) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ sub }) => sub);
  const focused = focusSections(parseSectionInfo(data.meta['sections']), focus);
  const focusIds = focused && new Set(focused.map((info) => info.a));
  const anchored = ranked.filter((sub) => sub.anchor && (!focusIds || focusIds.has(sub.anchor.id)));
  const title = data.meta['title'] ?? '';
  const common = {
    type: data.filters['type']?.[0] ?? 'Page',
    title,
    meeting: data.meta['meeting'],
    date: data.meta['date'],
  };
  const best = anchored[0];
  if (best) {
    return {
      ...common,
      section: best.title,
      url: cleanResultUrl(best.url),
      excerpt: sanitiseExcerpt(best.excerpt),
      otherSections: anchored
        .slice(1, 4)
        .map((sub) => ({ title: sub.title, url: cleanResultUrl(sub.url) })),
    };
  }
  if (focused?.[0]) {
    // Browsing by filters (no words), or the words matched outside the chosen topic's sections:
    // point at the sections about the topic, without an excerpt from elsewhere.
    const [first, ...rest] = focused;
    return {
      ...common,
      section: first.h,
      url: cleanResultUrl(withAnchor(data.url, first.a)),
      excerpt: '',
      otherSections: rest
        .slice(0, 3)
        .map((info) => ({ title: info.h, url: cleanResultUrl(withAnchor(data.url, info.a)) })),
    };
  }
  return {
    ...common,
    section: undefined,
    url: cleanResultUrl(ranked[0]?.url ?? data.url),
    excerpt: sanitiseExcerpt(ranked[0]?.excerpt ?? data.excerpt),
    otherSections: [],
  };
}
