/**
 * One page of each kind a reader meets, in the fixture archive (tests/fixtures/archive). The browser
 * checks and `npm run screenshots` walk this list, so a new page type is checked everywhere at once.
 */
export interface PageType {
  /** Short name used in reports and screenshot file names. */
  name: string;
  /** Path relative to the site's base: `''` is the home page. */
  path: string;
  /** The search page is judged with results showing, the state a reader sees most. */
  showsSearchResults?: boolean;
}

export const fixturePageTypes: readonly PageType[] = [
  { name: 'home', path: '' },
  { name: 'archive', path: 'meetings/' },
  { name: 'year', path: 'meetings/2025/' },
  { name: 'meeting', path: 'meetings/2024-05-22-development-call/' },
  { name: 'topics', path: 'topics/' },
  { name: 'topic', path: 'topics/igvm/' },
  { name: 'people', path: 'people/' },
  { name: 'person', path: 'people/juergen-weiss/' },
  { name: 'actions', path: 'actions/' },
  { name: 'search', path: 'search/?q=igvm', showsSearchResults: true },
  { name: 'not-found', path: '404.html' },
];
