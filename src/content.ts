import { getCollection } from 'astro:content';
import { buildArchive } from './lib/archive/build.ts';
import type { Archive } from './lib/archive/model.ts';
import { formatContentReport } from './lib/archive/report.ts';
import { reportTiming } from './lib/timing.ts';
import type { PersonRecord, SiteSettings, TopicRecord } from './lib/types.ts';

/**
 * The archive graph, built once per build: Astro runs page code for every route, so every page
 * reads this one promise instead of querying and cross-linking again.
 */
let archive: Promise<Archive> | undefined;

export function getArchive(): Promise<Archive> {
  // `astro dev` rebuilds per request, so edited minutes show up on reload.
  if (import.meta.env.DEV) return loadArchive();
  archive ??= loadArchive();
  return archive;
}

async function loadArchive(): Promise<Archive> {
  const started = performance.now();
  const [minutes, registries] = await Promise.all([
    getCollection('minutes'),
    getCollection('registries'),
  ]);
  // The loader stored records that the content-folder check had already validated.
  const registry = <T>(id: string, key: string) =>
    (registries.find((entry) => entry.id === id)?.data as Record<string, unknown> | undefined)?.[
      key
    ] as T;
  const built = buildArchive({
    minutes: minutes.map(
      ({ id, body, data: { file, format, bodyStartLine, source, ...frontmatter } }) => ({
        id,
        file,
        format,
        bodyStartLine,
        body: body ?? '',
        frontmatter: source === undefined ? frontmatter : { ...frontmatter, source },
      }),
    ),
    people: registry<PersonRecord[]>('people', 'people'),
    topics: registry<TopicRecord[]>('topics', 'topics'),
    site: registry<SiteSettings>('site', 'site'),
    base: import.meta.env.BASE_URL,
    includeDrafts: import.meta.env.DEV,
  });
  reportTiming((line) => console.info(`[minutebook] ${line}`), 'archive', started);
  console.info(formatContentReport(built.report));
  return built;
}
