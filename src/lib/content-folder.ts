import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseRepository } from './forges.ts';
import { attachmentPath } from './minutes/attachments.ts';
import { findUnknownTopicIds } from './minutes/frontmatter-topics.ts';
import { loadMinutesFolder } from './minutes/load-folder.ts';
import { plural } from './plural.ts';
import { topicsFromHeadings } from './topics/from-headings.ts';
import { loadPeopleRegistry, loadSiteSettings, loadTopicsRegistry } from './registries.ts';
import { createProblem, type ContentProblem } from './problems.ts';
import type { MinutesFile, PersonRecord, SiteSettings, TopicRecord } from './types.ts';

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
  /** Which defaults stood in for a missing file (no topics.yaml, no site.yaml); printed by the build. */
  notes: string[];
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
  const { topics: topicRecords, notes } = await applyDefaults(
    dir,
    minutes.files,
    topics.value,
    site.value,
  );
  return {
    dir,
    minutes: minutes.files,
    people: people.value,
    topics: topicRecords,
    site: site.value,
    notes,
    problems: [
      ...minutes.problems,
      ...findUnknownTopicIds(minutes.files, new Set(topicRecords.map((topic) => topic.id))),
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
export async function checkLocalLinks(
  dir: string,
  files: ReadonlyArray<Pick<MinutesFile, 'file' | 'localLinks'>>,
): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const file of files) {
    for (const link of file.localLinks ?? []) {
      const attachment = attachmentPath(file.file, link.url);
      if (attachment === undefined) {
        problems.push(
          createProblem(file.file, `links to ${link.url}, which is outside the minutes folder`, {
            line: link.line,
            hint: 'Put the file in the minutes folder (npm run import copies linked files there) or link to a URL.',
          }),
        );
        continue;
      }
      const info = await stat(path.join(dir, 'minutes', attachment)).catch(() => undefined);
      if (!info?.isFile()) {
        problems.push(
          createProblem(
            file.file,
            `links to ${link.url}, but minutes/${attachment} does not exist`,
            {
              line: link.line,
              hint: 'Add the file next to the minutes (npm run import copies linked files) or fix the link.',
            },
          ),
        );
      }
    }
  }
  return problems;
}

/**
 * Zero configuration: without a topics file the recurring headings are the topics; without a site
 * file the defaults stand. `notes` says which defaults were used, for the build to print.
 */
export async function applyDefaults(
  dir: string,
  minutes: readonly MinutesFile[],
  topics: TopicRecord[],
  site: SiteSettings,
): Promise<{ topics: TopicRecord[]; notes: string[] }> {
  const relative = (name: string) => path.join(dir, name);
  const notes: string[] = [];
  let topicRecords = topics;
  if (!(await exists(relative('topics.yaml')))) {
    const derived = topicsFromHeadings(minutes);
    topicRecords = derived.topics;
    notes.push(
      `no topics.yaml: ${plural(derived.topics.length, 'topic')} from headings that recur in at least 2 meetings${listed(derived.topics.map((topic) => topic.name))}`,
    );
    if (derived.structural.length > 0)
      notes.push(
        `recurring headings that only structure the minutes (or are dates), not made topics: ${derived.structural.join(', ')}`,
      );
  }
  if (!(await exists(relative('site.yaml')))) {
    notes.push(
      `no site.yaml: using the defaults title "${site.title}", description "${site.description}", and no repository (so "PR #12" is not linked)`,
    );
  } else if (site.repository !== undefined && parseRepository(site.repository) === undefined) {
    notes.push(
      `site.yaml: the repository ${site.repository} is on a host whose pull request and issue addresses are not known (GitHub, GitLab, Gitea, Forgejo and Codeberg are), so "PR #12" and "#12" stay text`,
    );
  }
  return { topics: topicRecords, notes };
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined)) !== undefined;
}

/** ": A, B, C" with at most 12 names, so a large archive's note stays one readable line. */
function listed(names: readonly string[]): string {
  if (names.length === 0) return '';
  const shown = names.slice(0, 12).join(', ');
  return `: ${shown}${names.length > 12 ? `, … (${names.length - 12} more)` : ''}`;
}
