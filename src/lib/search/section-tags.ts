/**
 * Which section of a meeting record a sub-result is, and what it is about, carried from the indexer to
 * the browser inside the record: as the id of an empty element right after the section's heading.
 * Pagefind keeps every id of a record with the record's data (its `anchors`), and never indexes an id
 * as words, so the tags cost no index space and cannot match a query. Only the search code reads them.
 */

export const sectionTagsPrefix = 'minutebook-section:';

export interface SectionTags {
  /** The section's heading id. */
  anchor: string;
  /** For a `####` subsection: its section's heading id. */
  parent: string | null;
  /** Topic names (the `topic` filter's values). */
  topics: string[];
  /** Names of people with a page (the `person` filter's values). */
  people: string[];
}

export function encodeSectionTags(tags: {
  anchor: string | null;
  parent: string | null;
  topics: readonly string[];
  people: readonly string[];
}): string {
  // Query-string form (spaces as '+'), about half the length of percent-encoded JSON: every result the
  // browser shows downloads these ids with its record. The form percent-encodes every character but
  // letters, digits and `*-._`, so it holds no whitespace, and with ';' between the pairs nothing that
  // HTML would escape either.
  const packed = new URLSearchParams({ a: tags.anchor ?? '' });
  if (tags.parent) packed.append('u', tags.parent);
  for (const topic of tags.topics) packed.append('t', topic);
  for (const person of tags.people) packed.append('p', person);
  return `${sectionTagsPrefix}${packed.toString().replaceAll('&', ';')}`;
}

/** The tags an id carries, or undefined for any other id (or one that is not ours). */
export function decodeSectionTags(id: string): SectionTags | undefined {
  if (!id.startsWith(sectionTagsPrefix)) return undefined;
  const packed = new URLSearchParams(id.slice(sectionTagsPrefix.length).replaceAll(';', '&'));
  const anchor = packed.get('a');
  if (!anchor) return undefined;
  return {
    anchor,
    parent: packed.get('u'),
    topics: packed.getAll('t'),
    people: packed.getAll('p'),
  };
}
