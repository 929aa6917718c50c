import GithubSlugger from 'github-slugger';

/**
 * The one module for the site's addresses: the base path every internal URL starts with, each page's
 * URL, and the anchors of sections within a page. No other module joins a base or makes an anchor.
 */

/** Normalises `svsm`, `/svsm` or `/svsm/` to `/svsm/`, so every URL join has one shape to expect. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Anchors for the headings of one page: GitHub's slugs (what readers of the original minutes on
 * GitHub already link to), de-duplicated within the page, never one of the page's own `reserved` ids.
 */
export function createAnchors(reserved: readonly string[] = []): (text: string) => string {
  const slugger = new GithubSlugger();
  for (const id of reserved) slugger.slug(id);
  return (text) => slugger.slug(text);
}

/** Every internal URL of the site, built from one base so a sub-path deployment keeps all links right. */
export interface SiteUrls {
  home: string;
  meetings: string;
  year(year: number): string;
  meeting(id: string, anchor?: string): string;
  topics: string;
  topic(id: string): string;
  people: string;
  person(id: string): string;
  actions: string;
  search: string;
  /** A published attachment, by its path in the minutes folder (`Data/slides.pdf`). */
  attachment(path: string): string;
}

export function createUrls(base: string): SiteUrls {
  const root = normaliseBase(base);
  const at = (path: string) => `${root}${path}`;
  return {
    home: root,
    meetings: at('meetings/'),
    year: (year) => at(`meetings/${year}/`),
    meeting: (id, anchor) => at(`meetings/${id}/${anchor ? `#${anchor}` : ''}`),
    topics: at('topics/'),
    topic: (id) => at(`topics/${id}/`),
    people: at('people/'),
    person: (id) => at(`people/${id}/`),
    actions: at('actions/'),
    search: at('search/'),
    attachment: (path) => at(`files/${path.split('/').map(encodeURIComponent).join('/')}`),
  };
}
