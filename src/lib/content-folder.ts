import path from 'node:path';
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
  return {
    dir,
    minutes: minutes.files,
    people: people.value,
    topics: topics.value,
    site: site.value,
    problems: [...minutes.problems, ...people.problems, ...topics.problems, ...site.problems],
    warnings: minutes.warnings,
  };
}
