/**
 * One real archive from `../shared/corpus`, run through Minutebook's own analysis in-process: each file is
 * imported the way `npm run import` does it, read the way the site's loader does it, and the archive model
 * is built from them. No Astro build; the figures are the same model the pages render.
 *
 * API
 * - `loadCorpusArchive({ corpusRoot, folder, people, topics })` → `{ archive, files, problems, ms }`:
 *   `files` maps each meeting id to its source (path relative to `corpusRoot`, text, and a map from lines of
 *   the imported file to lines of the source), `ms` the time `buildArchive` took.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildArchive } from '../../src/lib/archive/build.ts';
import type { Archive } from '../../src/lib/archive/model.ts';
import { convertMinutes } from '../../src/lib/importer/import-file.ts';
import { readMinutesFile } from '../../src/lib/minutes/load-folder.ts';
import type { MinutesFile, PersonRecord, TopicRecord } from '../../src/lib/types.ts';
import { alignLines } from './line-map.ts';

export interface CorpusFile {
  /** Relative to the corpus root, as the annotations name it. */
  source: string;
  text: string;
  /** Line of the imported file → line of the source file. */
  lines: Map<number, number>;
}

export interface CorpusArchive {
  archive: Archive;
  /** Meeting id → its source. */
  files: Map<string, CorpusFile>;
  problems: string[];
  /** Milliseconds `buildArchive` took. */
  ms: number;
}

export interface CorpusOptions {
  corpusRoot: string;
  /** Archive folder inside the corpus root, e.g. `coconut-svsm/Meetings`. */
  folder: string;
  people: readonly PersonRecord[];
  topics: readonly TopicRecord[];
}

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.md$/iu.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export async function loadCorpusArchive(options: CorpusOptions): Promise<CorpusArchive> {
  const problems: string[] = [];
  const minutes: MinutesFile[] = [];
  const files = new Map<string, CorpusFile>();
  const root = path.join(options.corpusRoot, options.folder);
  for (const file of await markdownFiles(root)) {
    const source = path.relative(options.corpusRoot, file);
    const text = await readFile(file, 'utf8');
    // The date of WebAssembly minutes is in the path (`2025/CG-03-12.md`), so the name carries it.
    const relative = path.relative(root, file);
    const year = /^(\d{4})[/\\]/u.exec(relative)?.[1];
    const base = path.basename(file);
    const fileName =
      year && !/\d{4}-\d{2}-\d{2}/u.test(base) ? `${year}-${base.replace(/^\D+/u, '')}` : base;
    const converted = convertMinutes(text, { fileName, source });
    if (!converted.ok) {
      problems.push(`${source}: ${converted.errors.map((e) => e.message).join('; ')}`);
      continue;
    }
    let id = converted.outputName.replace(/\.mdx$/u, '');
    for (let n = 2; files.has(id); n++) id = `${converted.outputName.replace(/\.mdx$/u, '')}-${n}`;
    const read = readMinutesFile(`minutes/${id}.mdx`, converted.content);
    if (!read.minutes) {
      problems.push(`${source}: ${read.problems.map((p) => p.message).join('; ')}`);
      continue;
    }
    minutes.push(read.minutes);
    files.set(read.minutes.id, {
      source,
      text,
      lines: alignLines(converted.content, text),
    });
  }
  const started = performance.now();
  const archive = buildArchive({
    minutes,
    people: options.people,
    topics: options.topics,
    site: { title: 'eval', description: '' },
    base: '/',
  });
  return { archive, files, problems, ms: performance.now() - started };
}
