/**
 * Builds Minutebook's search index from a built site: Pagefind records (one per meeting, its sections
 * as sub-results; one per topic or person page) plus the vocabulary the browser uses to correct typos.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { indexedPart } from '../lib/search/indexed-part.ts';
import { isMeetingPage, meetingSearchRecord, pageBodyText } from '../lib/search/meeting-record.ts';
import { VocabularyBuilder } from '../lib/search/vocabulary.ts';

export interface BuiltPage {
  /** Site-relative URL of the page, with both slashes (`/meetings/2024-11-27-…/`). */
  url: string;
  html: string;
}

/** File name of the vocabulary inside `pagefind/`, fetched by src/scripts/search/query-runner.ts. */
export const vocabularyFile = 'minutebook-vocabulary.json';

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

/**
 * Indexes `pages` and writes the `pagefind/` folder to `target`. Pagefind writes its own files (handing
 * thousands of them back to Node first took longer than indexing).
 */
export async function writePagesIndex(
  pages: AsyncIterable<BuiltPage> | Iterable<BuiltPage>,
  target: string,
): Promise<{ records: number }> {
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
        const record = meetingSearchRecord(page.html, page.url);
        if (record) {
          vocabulary.add(record.text);
          pending.push(add(record.url, record.html));
        }
      } else if (page.html.includes('data-pagefind-body')) {
        const part = indexedPart(page.html);
        vocabulary.add(pageBodyText(part));
        pending.push(add(page.url, part));
      }
      // Bounded, so a large archive does not queue every page in memory at once.
      if (pending.length >= 64) {
        await Promise.all(pending);
        pending = [];
      }
    }
    await Promise.all(pending);
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  await mkdir(target, { recursive: true });
  await writeFile(path.join(target, vocabularyFile), JSON.stringify(vocabulary.build()));
  return { records };
}

/** Indexes a built site in `outDir` and writes `outDir/pagefind/`. */
export function writeSearchIndex(outDir: string): Promise<{ records: number }> {
  return writePagesIndex(pagesOnDisk(outDir), path.join(outDir, 'pagefind'));
}
