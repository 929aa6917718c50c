import type { MinutesFile } from '../types.ts';
import { parseMinutesSource } from '../minutes/parse.ts';
import { outlineMeeting, type MeetingOutline } from '../minutes/sections.ts';
import { takeTree } from '../minutes/tree-cache.ts';

/** A minutes file with its body split into sections; the first step of every archive build. */
export interface OutlinedMinutes {
  file: MinutesFile;
  outline: MeetingOutline;
}

/** Body-relative line numbers become file line numbers, so reports point into the real file. */
function shiftLines(outline: MeetingOutline, offset: number): void {
  for (const section of outline.sections) {
    if (section.line !== undefined) section.line += offset;
    for (const bullet of section.bullets) if (bullet.line !== undefined) bullet.line += offset;
  }
}

/** Files were validated by the loader, so a parse failure here is a bug, reported with the file. */
export function outlineMinutes(file: MinutesFile): OutlinedMinutes {
  const loaded = takeTree(file.file, file.body);
  if (loaded) return { file, outline: outlineMeeting(loaded) };
  const parsed = parseMinutesSource(file.body, file.format);
  if (!parsed.ok) throw new Error(`${file.file}: ${parsed.issue.message}`);
  const outline = outlineMeeting(parsed.tree);
  shiftLines(outline, file.bodyStartLine - 1);
  return { file, outline };
}

/** Oldest first; same-day meetings by series, then id, so the order never depends on the file system. */
export function compareMinutes(a: MinutesFile, b: MinutesFile): number {
  return (
    a.frontmatter.date.localeCompare(b.frontmatter.date) ||
    a.frontmatter.series.localeCompare(b.frontmatter.series) ||
    a.id.localeCompare(b.id)
  );
}

export function isUrl(value: string | undefined): value is string {
  return value !== undefined && /^https?:\/\//i.test(value);
}
