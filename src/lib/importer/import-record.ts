import { createHash } from 'node:crypto';

/**
 * What the importer records in each file it writes, so a later import can tell an upstream change from a
 * local edit: the hash of the source it read and the hash of the file it wrote (that file without this
 * record). Both live in the frontmatter as `imported: { source, file }`, written in the same atomic write
 * as the content, so the record and the file can never disagree because of an interruption.
 */
export interface ImportRecord {
  source: string;
  file: string;
}

/** 16 hex digits of SHA-256: collisions among one archive's versions are not a practical concern. */
export function shortHash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

const RECORD_RE = /^imported:\n(?: {2}[a-z]+: '?[0-9a-f]+'?\n)+/mu;

/** The record of an imported file, and the file's text without it; undefined when it has none. */
function readImportRecord(content: string): { record: ImportRecord; rest: string } | undefined {
  const frontmatter = /^---\n[\s\S]*?\n---\n/u.exec(content)?.[0];
  if (frontmatter === undefined) return undefined;
  const block = RECORD_RE.exec(frontmatter);
  if (!block) return undefined;
  const source = /^ {2}source: '?([0-9a-f]+)'?$/mu.exec(block[0])?.[1];
  const file = /^ {2}file: '?([0-9a-f]+)'?$/mu.exec(block[0])?.[1];
  if (source === undefined || file === undefined) return undefined;
  return { record: { source, file }, rest: content.replace(block[0], '') };
}

/** How an existing output file relates to what the importer wrote there last time. */
export function isUntouched(
  content: string,
): { record: ImportRecord } | { edited: true } | undefined {
  const read = readImportRecord(content);
  if (read === undefined) return undefined;
  return shortHash(read.rest) === read.record.file ? { record: read.record } : { edited: true };
}
