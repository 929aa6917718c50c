import type { Loader, LoaderContext } from 'astro/loaders';
import { loadContentFolder, type ContentFolder } from './content-folder.ts';
import { ContentError, formatLocation, sortProblems } from './problems.ts';
import { reportTiming } from './timing.ts';

/**
 * Astro content-layer loaders over one content folder. The folder is read and checked once per build
 * however many collections ask, and every problem of every file fails the build in one report.
 */
const loads = new Map<string, Promise<ContentFolder>>();

function loadOnce(dir: string): Promise<ContentFolder> {
  let pending = loads.get(dir);
  if (!pending) {
    pending = loadContentFolder(dir);
    loads.set(dir, pending);
  }
  return pending;
}

async function loadChecked(dir: string): Promise<ContentFolder> {
  const folder = await loadOnce(dir);
  // A new build in the same process (astro dev) must see edited files.
  loads.delete(dir);
  if (folder.problems.length > 0) throw new ContentError(folder.problems);
  return folder;
}

export function minutesLoader(dir: string): Loader {
  const sync = async (context: LoaderContext) => {
    const { store } = context;
    const started = performance.now();
    const folder = await loadChecked(dir);
    for (const warning of sortProblems(folder.warnings)) {
      context.logger.warn(`${formatLocation(warning)}: ${warning.message}`);
    }
    for (const note of folder.notes) context.logger.info(note);
    store.clear();
    for (const file of folder.minutes) {
      const data = await context.parseData({
        id: file.id,
        data: {
          ...file.frontmatter,
          file: file.file,
          format: file.format,
          bodyStartLine: file.bodyStartLine,
        },
        filePath: `${dir}/${file.file}`,
      });
      store.set({
        id: file.id,
        data,
        body: file.body,
        digest: context.generateDigest(file.body + JSON.stringify(data)),
      });
    }
    reportTiming((line) => context.logger.info(line), 'load', started);
  };
  return {
    name: 'minutebook-minutes',
    async load(context) {
      await sync(context);
      // `astro dev`: an edited, added or removed file reloads the folder, and a broken one is reported.
      const { watcher } = context;
      if (!watcher) return;
      watcher.add(dir);
      const reload = (changed: string) => {
        if (!changed.startsWith(dir)) return;
        sync(context).catch((error: unknown) => {
          context.logger.error(error instanceof Error ? error.message : String(error));
        });
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', reload);
    },
  };
}

/**
 * The registries and site settings as one collection of three entries (`people`, `topics`, `site`),
 * so a folder without a registry still has a non-empty collection. They were validated with the
 * minutes, whose loader reports their problems.
 */
export function registriesLoader(dir: string): Loader {
  return {
    name: 'minutebook-registries',
    async load(context) {
      const folder = await loadOnce(dir);
      context.store.clear();
      context.store.set({ id: 'people', data: { people: folder.people } });
      context.store.set({ id: 'topics', data: { topics: folder.topics } });
      context.store.set({ id: 'site', data: { site: folder.site } });
    },
  };
}
