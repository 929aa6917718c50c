/**
 * Builds Minutebook's search index from built pages: Pagefind records (one per meeting section, one per
 * topic or person page) plus the vocabulary the browser uses to correct typos. Shared by `astro build`
 * (pages on disk) and `astro dev` (pages rendered by the dev server).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import {
  isMeetingPage,
  meetingSectionRecords,
  pageBodyText,
} from '../lib/search/section-records.ts';
import { VocabularyBuilder } from '../lib/search/vocabulary.ts';

export interface BuiltPage {
  /** Site-relative URL of the page, with both slashes (`/meetings/2024-11-27-…/`). */
  url: string;
  html: string;
}

export interface SearchIndexFile {
  /** Path inside the `pagefind/` folder. */
  path: string;
  content: Uint8Array;
}

/** File name of the vocabulary inside `pagefind/`, fetched by src/scripts/search/typos.ts. */
export const vocabularyFile = 'minutebook-vocabulary.json';

/** Indexes the pages and returns the files of the `pagefind/` folder. */
export async function buildSearchIndex(
  pages: AsyncIterable<BuiltPage> | Iterable<BuiltPage>,
): Promise<{ files: SearchIndexFile[]; records: number }> {
  const vocabulary = new VocabularyBuilder();
  let records = 0;
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
    const add = async (url: string, content: string) => {
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length > 0)
        throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
      records++;
    };
    let pending: Promise<void>[] = [];
    for await (const page of pages) {
      if (isMeetingPage(page.html)) {
        for (const record of meetingSectionRecords(page.html, page.url)) {
          vocabulary.add(record.text);
          pending.push(add(record.url, record.html));
        }
      } else if (page.html.includes('data-pagefind-body')) {
        vocabulary.add(pageBodyText(page.html));
        pending.push(add(page.url, page.html));
      }
      // Bounded, so a large archive does not queue every page in memory at once.
      if (pending.length >= 64) {
        await Promise.all(pending);
        pending = [];
      }
    }
    await Promise.all(pending);
    const { files, errors } = await index.getFiles();
    if (errors.length > 0)
      throw new Error(`Pagefind could not write its index: ${errors.join('; ')}`);
    return {
      files: [
        ...files.map((file) => ({ path: file.path, content: file.content })),
        {
          path: vocabularyFile,
          content: new TextEncoder().encode(JSON.stringify(vocabulary.build())),
        },
      ],
      records,
    };
  } finally {
    await pagefind.close();
  }
}

async function* pagesOnDisk(outDir: string, dir = outDir): AsyncGenerator<BuiltPage> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path.relative(outDir, full) !== 'pagefind') yield* pagesOnDisk(outDir, full);
    } else if (entry.name.endsWith('.html')) {
      const relative = path.relative(outDir, full).split(path.sep).join('/');
      const url = `/${relative.replace(/(^|\/)index\.html$/u, '$1')}`;
      yield { url, html: await readFile(full, 'utf8') };
    }
  }
}

/** Indexes a built site in `outDir` and writes `outDir/pagefind/`. */
export async function writeSearchIndex(outDir: string): Promise<{ records: number }> {
  const { files, records } = await buildSearchIndex(pagesOnDisk(outDir));
  const target = path.join(outDir, 'pagefind');
  for (const file of files) {
    const destination = path.join(target, file.path);
    await mkdir(path.dirname(destination), { recursive: true });
    await writeFile(destination, file.content);
  }
  return { records };
}
