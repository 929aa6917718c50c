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

interface Packed {
  a: string;
  u?: string;
  t?: string[];
  p?: string[];
}

export function encodeSectionTags(tags: {
  anchor: string | null;
  parent: string | null;
  topics: readonly string[];
  people: readonly string[];
}): string {
  const packed: Packed = { a: tags.anchor ?? '' };
  if (tags.parent) packed.u = tags.parent;
  if (tags.topics.length > 0) packed.t = [...tags.topics];
  if (tags.people.length > 0) packed.p = [...tags.people];
  // An id holds no whitespace; percent-encoding keeps names with spaces in one token.
  return `${sectionTagsPrefix}${encodeURIComponent(JSON.stringify(packed))}`;
}

/** The tags an id carries, or undefined for any other id (or one that is not ours). */
export function decodeSectionTags(id: string): SectionTags | undefined {
  if (!id.startsWith(sectionTagsPrefix)) return undefined;
  try {
    const packed = JSON.parse(decodeURIComponent(id.slice(sectionTagsPrefix.length))) as Packed;
    if (typeof packed.a !== 'string' || packed.a === '') return undefined;
    return {
      anchor: packed.a,
      parent: packed.u ?? null,
      topics: packed.t ?? [],
      people: packed.p ?? [],
    };
  } catch {
    return undefined;
  }
}
