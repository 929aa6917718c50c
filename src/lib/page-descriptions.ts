import { plural } from './plural.ts';

/**
 * The one-sentence description of each kind of page, for `<meta name="description">` and the Open Graph
 * and Twitter previews (src/layouts/BaseLayout.astro). Meeting and topic pages describe themselves from
 * their own content (section headings, the topic's description); the home page uses `site.yaml`.
 */
export const pageDescriptions = {
  meetings: (site: string, count: number) =>
    `All ${plural(count, 'meeting')} of ${site}, newest first, by year and month.`,
  meetingsInYear: (site: string, year: number, count: number) =>
    `The ${plural(count, 'meeting')} of ${site} in ${year}, newest first.`,
  people: (site: string, count: number) =>
    `The ${plural(count, 'person', 'people')} of ${site}: who attended, who was named and what they took on.`,
  person: (site: string, name: string) =>
    `${name} in ${site}: the meetings attended, the discussions that name them and their action items.`,
  topics: (site: string, count: number) =>
    `The ${plural(count, 'topic')} of ${site}, each a timeline of its discussions.`,
  topic: (site: string, name: string) =>
    `Every discussion of ${name} in ${site}, oldest to newest.`,
  actions: (site: string, year?: number) =>
    `Action items of ${site}${year === undefined ? '' : ` in ${year}`}: who committed to what, and where.`,
  notFound: 'There is no page at this address; it may have moved when the archive was rebuilt.',
};
