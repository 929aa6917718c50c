/**
 * Turns Pagefind results into what the search UIs show: one hit per record (a meeting section, a topic
 * or a person page), pointing at its best-matching part: a subsection, or the section itself.
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

function scoreOf(sub: PagefindSubResult): number {
  return sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
}

export function toSearchHit(data: PagefindResultData): SearchHit {
  const ranked = data.sub_results
    .map((sub, order) => ({ sub, order, score: scoreOf(sub) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ sub }) => sub);
  const anchored = ranked.filter((sub) => sub.anchor);
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
  return {
    ...common,
    section: undefined,
    url: cleanResultUrl(ranked[0]?.url ?? data.url),
    excerpt: sanitiseExcerpt(ranked[0]?.excerpt ?? data.excerpt),
    otherSections: [],
  };
}
