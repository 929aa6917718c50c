/**
 * The order in which built pages reach the search index. Pagefind numbers pages in the order they are
 * added, and its index files (and the vocabulary's choice between spellings) depend on that order, so
 * pages indexed while Astro renders them must be added in the same order as pages read back from the
 * output folder: file by file, each folder's entries sorted by name. `PageOrder` holds a page that
 * arrives early until every page before it has arrived, so both ways give the same index.
 */

/** Compares two site-relative file paths (`meetings/2024/index.html`) as a sorted folder walk meets them. */
export function compareSiteFiles(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let at = 0; at < Math.min(left.length, right.length); at++) {
    // Byte order of the UTF-8 names, as the file system's sorted listing (strcmp) gives them.
    const order = Buffer.compare(Buffer.from(left[at]!), Buffer.from(right[at]!));
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

/** Whether a file of the built site is a page the search index reads (Pagefind's own files are not). */
export function isIndexedFile(file: string): boolean {
  return file.endsWith('.html') && !file.startsWith('pagefind/');
}

/** The URL Pagefind records for a site-relative file: `meetings/x/index.html` → `/meetings/x/`. */
export function siteFileUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/u, '$1')}`;
}

/** Astro's status-code pages, written as `404.html` rather than `404/index.html`. */
const STATUS_PAGES = new Set(['404', '500']);

/**
 * The file Astro writes for a route's pathname in the `directory` build format Minutebook uses
 * (astro/dist/core/build/common.js `getOutFile`): a page is `<pathname>/index.html`, a status page
 * `404.html`, an endpoint the pathname itself.
 */
export function builtFile(pathname: string, type: 'page' | 'endpoint'): string {
  const trimmed = pathname.replace(/^\/+|\/+$/gu, '');
  if (type === 'endpoint') return trimmed;
  if (trimmed === '') return 'index.html';
  return STATUS_PAGES.has(trimmed) ? `${trimmed}.html` : `${trimmed}/index.html`;
}

/**
 * Releases values in the order of their files, whatever order they arrive in. Files are announced
 * first (`expect`); a value is released once every announced file before it has arrived, with or
 * without a value (a page that is not indexed still lets the ones after it through).
 */
export class PageOrder<T> {
  private files: string[] = [];
  private next = 0;
  private readonly arrived = new Map<string, T | undefined>();
  /** Files whose value was released: a repeat arrival must not be held, or drain() releases it again. */
  private readonly released = new Set<string>();
  private readonly release: (value: T) => void;

  constructor(release: (value: T) => void) {
    this.release = release;
  }

  /** Announces every file that will arrive. */
  expect(files: Iterable<string>): void {
    this.files = [...new Set(files)].sort(compareSiteFiles);
    this.flush();
  }

  /** A file that arrives again after it was released is ignored (its value is in the index already). */
  arrive(file: string, value: T | undefined): void {
    if (this.released.has(file)) return;
    this.arrived.set(file, value);
    this.flush();
  }

  /** Files announced that have not arrived (Astro left them out: it found them twice, or cached). */
  missing(): string[] {
    return this.files.slice(this.next).filter((file) => !this.arrived.has(file));
  }

  /** Releases every value still held, in file order, as if the missing files had no value. */
  drain(): void {
    const rest = [...this.arrived.keys()].sort(compareSiteFiles);
    // emit() takes each value out of `arrived`; clearing it first released nothing.
    this.files = [];
    this.next = 0;
    for (const file of rest) this.emit(file);
  }

  private flush(): void {
    while (this.next < this.files.length && this.arrived.has(this.files[this.next]!)) {
      const file = this.files[this.next++]!;
      this.emit(file);
    }
  }

  private emit(file: string): void {
    const value = this.arrived.get(file);
    this.arrived.delete(file);
    this.released.add(file);
    if (value !== undefined) this.release(value);
  }
}
