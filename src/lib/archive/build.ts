import type { Root } from 'mdast';
import { parseMinutesSource } from '../minutes/parse.ts';
import type { MinutesFile, PersonRecord, SiteSettings, TopicRecord } from '../types.ts';
import { analyseMeeting } from './analyse.ts';
import { assembleArchive } from './assemble.ts';
import { createAnalysisTools, createArchiveContext, isPublished } from './context.ts';
import type { Archive } from './model.ts';

export interface ArchiveInput {
  minutes: readonly MinutesFile[];
  people: readonly PersonRecord[];
  topics: readonly TopicRecord[];
  site: SiteSettings;
  base: string;
  /** Drafts are left out of production builds; they are counted in the report, never silently lost. */
  includeDrafts?: boolean;
}

/** Files were validated by the loader, so a parse failure here is a bug, reported with the file. */
export function parseMinutesFile(file: MinutesFile): Root {
  const parsed = parseMinutesSource(file.text, file.format, { file: file.file });
  if (!parsed.ok) throw new Error(`${file.file}: ${parsed.problem.reason}`);
  return parsed.tree;
}

/**
 * Builds the archive graph in one go: the context of the whole archive, each meeting's analysis,
 * then the graph that ties them together. The content loader runs the same three steps, but keeps
 * each analysis and redoes it only when its file or the context changed.
 */
export function buildArchive(input: ArchiveInput): Archive {
  const includeDrafts = input.includeDrafts ?? false;
  const context = createArchiveContext({ ...input, includeDrafts });
  const tools = createAnalysisTools(context);
  const published = input.minutes.filter((file) => isPublished(file, includeDrafts));
  const analyses = published.map((file) => analyseMeeting(file, parseMinutesFile(file), tools));
  return assembleArchive(tools, analyses, input.minutes.length - published.length);
}
