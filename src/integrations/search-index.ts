/**
 * Builds Minutebook's search index from a built site: Pagefind records (one per meeting, its sections
 * as sub-results; one per topic or person page) plus the vocabulary the browser uses to correct typos.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { indexedPart } from '../lib/search/indexed-part.ts';
import { isMeetingPage, meetingSearchRecord, pageBodyText } from '../lib/search/meeting-record.ts';
import { compareSiteFiles, isIndexedFile, siteFileUrl } from '../lib/search/page-order.ts';
import { VocabularyBuilder } from '../lib/search/vocabulary.ts';

export interface BuiltPage {
  /** Site-relative URL of the page, with both slashes (`/meetings/2024-11-27-…/`). */
  url: string;
  html: string;
}

/** What one page gives the index: the document Pagefind reads and the text the vocabulary counts. */
interface PageEntry {
  url: string;
  content: string;
  text: string;
}

/** File name of the vocabulary inside `pagefind/`, fetched by src/scripts/search/query-runner.ts. */
export const vocabularyFile = 'minutebook-vocabulary.json';

/** Site-relative paths of the built site's pages, in the order the index adds them. */
async function siteFiles(outDir: string, dir = outDir): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const relative = path.relative(outDir, full).split(path.sep).join('/');
    if (entry.isDirectory()) files.push(...(await siteFiles(outDir, full)));
    else if (isIndexedFile(relative)) files.push(relative);
  }
  return files.sort(compareSiteFiles);
}

async function* pagesOnDisk(outDir: string): AsyncGenerator<BuiltPage> {
  for (const file of await siteFiles(outDir))
    yield { url: siteFileUrl(file), html: await readFile(path.join(outDir, file), 'utf8') };
}

/**
 * What a built page gives the index, or nothing for a page that is not searched: a meeting page is
 * one record with its sections as sub-results, another page with a `data-pagefind-body` its indexed
 * part only.
 */
function pageEntry(page: BuiltPage): PageEntry | undefined {
  if (isMeetingPage(page.html)) {
    const record = meetingSearchRecord(page.html, page.url);
    return record && { url: record.url, content: record.html, text: record.text };
  }
  if (!page.html.includes('data-pagefind-body')) return undefined;
  const part = indexedPart(page.html);
  return { url: page.url, content: part, text: pageBodyText(part) };
}

/**
 * One search index being written: entries are added in page order (see src/lib/search/page-order.ts)
 * and handed to Pagefind's indexing process at once, so it works while the caller reads the next
 * page; `write` waits for them and writes the `pagefind/` folder. Pagefind writes its own files
 * (handing thousands of them back to Node first took longer than indexing).
 */
class SearchIndexWriter {
  private readonly vocabulary = new VocabularyBuilder();
  private readonly index = pagefind.createIndex({}).then(({ index, errors }) => {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return index;
  });
  private readonly added: Promise<void>[] = [];
  private records = 0;

  /** Adds a page; the promise settles when Pagefind has read it (`write` waits for every one). */
  add(entry: PageEntry): Promise<void> {
    this.vocabulary.add(entry.text);
    this.records++;
    const added = this.index.then(async (index) => {
      const { errors } = await index.addHTMLFile({ url: entry.url, content: entry.content });
      if (errors.length > 0)
        throw new Error(`Pagefind could not index ${entry.url}: ${errors.join('; ')}`);
    });
    // Seen by `write`; until then a failure must not end the process as an unhandled rejection.
    added.catch(() => {});
    this.added.push(added);
    return added;
  }

  /** Waits for every page added and writes the index and the vocabulary to `target`. */
  async write(target: string): Promise<{ records: number }> {
    try {
      await Promise.all(this.added);
      const written = await (await this.index).writeFiles({ outputPath: target });
      if (written.errors.length > 0)
        throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    } finally {
      await this.close();
    }
    await mkdir(target, { recursive: true });
    await writeFile(path.join(target, vocabularyFile), JSON.stringify(this.vocabulary.build()));
    return { records: this.records };
  }

  /** Stops Pagefind's process without writing anything. */
  async close(): Promise<void> {
    await this.index.catch(() => {});
    await pagefind.close();
  }
}

/** Indexes `pages` and writes the `pagefind/` folder to `target`. */
export async function writePagesIndex(
  pages: AsyncIterable<BuiltPage> | Iterable<BuiltPage>,
  target: string,
): Promise<{ records: number }> {
  const writer = new SearchIndexWriter();
  try {
    let pending: Promise<void>[] = [];
    for await (const page of pages) {
      const entry = pageEntry(page);
      if (entry) pending.push(writer.add(entry));
      // Bounded, so a large archive is not read into memory at once.
      if (pending.length >= 64) {
        await Promise.all(pending);
        pending = [];
      }
    }
  } catch (error) {
    await writer.close();
    throw error;
  }
  return writer.write(target);
}

/** Indexes a built site in `outDir` from its files and writes `outDir/pagefind/`. */
export function writeSearchIndex(outDir: string): Promise<{ records: number }> {
  return writePagesIndex(pagesOnDisk(outDir), path.join(outDir, 'pagefind'));
}
