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
  asset(path: string): string;
  /** A published attachment, by its path in the minutes folder (`Data/slides.pdf`). */
  attachment(path: string): string;
}

export function createUrls(base: string): SiteUrls {
  const root = base.endsWith('/') ? base : `${base}/`;
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
    asset: (path) => at(path.replace(/^\/+/, '')),
    attachment: (path) => at(`files/${path.split('/').map(encodeURIComponent).join('/')}`),
  };
}
