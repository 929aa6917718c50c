import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Which base path each output folder was last built for, so `npm run preview` serves a site at the
 * address its links expect even when BASE_PATH is not repeated for the preview (a site built for
 * `/minutes/` served at `/` is a page of 404s). Kept beside Astro's cache, never in the published folder.
 */
export interface BuildRecord {
  base: string;
}

type Records = Record<string, BuildRecord>;

function readRecords(file: string): Records {
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof data === 'object' && data !== null ? (data as Records) : {};
  } catch {
    // No build yet, or a file from an older version: nothing recorded.
    return {};
  }
}

export function recordBuild(file: string, outDir: string, record: BuildRecord): void {
  const records = readRecords(file);
  records[path.resolve(outDir)] = record;
  mkdirSync(path.dirname(file), { recursive: true });
  // Builds of several folders may finish at once (the tests): a reader sees the old file or the new one.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify(records, null, 2)}\n`);
  renameSync(partial, file);
}

export function readBuildRecord(file: string, outDir: string): BuildRecord | undefined {
  const record = readRecords(file)[path.resolve(outDir)];
  return typeof record?.base === 'string' ? record : undefined;
}
