import { stat } from 'node:fs/promises';
import path from 'node:path';
import { attachmentPath } from './minutes/attachments.ts';
import { loadMinutesFolder } from './minutes/load-folder.ts';
import { loadPeopleRegistry, loadSiteSettings, loadTopicsRegistry } from './registries.ts';
import type {
  ContentProblem,
  MinutesFile,
  PersonRecord,
  SiteSettings,
  TopicRecord,
} from './types.ts';

/** Everything a content folder holds, checked; `problems` lists every issue of every file. */
export interface ContentFolder {
  dir: string;
  minutes: MinutesFile[];
  people: PersonRecord[];
  topics: TopicRecord[];
  site: SiteSettings;
  problems: ContentProblem[];
  /** What builds but differs from what was written; printed, never fatal. */
  warnings: ContentProblem[];
}

export async function loadContentFolder(dir: string): Promise<ContentFolder> {
  const relative = (name: string) => path.join(dir, name);
  const [minutes, people, topics, site] = await Promise.all([
    loadMinutesFolder(dir),
    loadPeopleRegistry(relative('people.yaml')),
    loadTopicsRegistry(relative('topics.yaml')),
    loadSiteSettings(relative('site.yaml')),
  ]);
  const attachmentProblems = await checkLocalLinks(dir, minutes.files);
  return {
    dir,
    minutes: minutes.files,
    people: people.value,
    topics: topics.value,
    site: site.value,
    problems: [
      ...minutes.problems,
      ...attachmentProblems,
      ...people.problems,
      ...topics.problems,
      ...site.problems,
    ],
    warnings: minutes.warnings,
  };
}

/**
 * Every local file a meeting links to must be in the minutes folder, where the build publishes it: a link
 * to a missing one would be a broken link on the site, so it fails the build naming file and line.
 */
async function checkLocalLinks(
  dir: string,
  files: readonly MinutesFile[],
): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const file of files) {
    for (const link of file.localLinks ?? []) {
      const attachment = attachmentPath(file.file, link.url);
      const at =
        link.line === undefined ? { file: file.file } : { file: file.file, line: link.line };
      if (attachment === undefined) {
        problems.push({
          ...at,
          message: `links to ${link.url}, which is outside the minutes folder`,
          hint: 'Put the file in the minutes folder (npm run import copies linked files there) or link to a URL.',
        });
        continue;
      }
      const info = await stat(path.join(dir, 'minutes', attachment)).catch(() => undefined);
      if (!info?.isFile()) {
        problems.push({
          ...at,
          message: `links to ${link.url}, but minutes/${attachment} does not exist`,
          hint: 'Add the file next to the minutes (npm run import copies linked files) or fix the link.',
        });
      }
    }
  }
  return problems;
}
