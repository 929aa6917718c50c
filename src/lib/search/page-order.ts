/**
 * The order in which built pages reach the search index. Pagefind numbers pages in the order they are
 * added, and its index files (and the vocabulary's choice between spellings) depend on that order, so
 * the output folder is read file by file, each folder's entries sorted by name, not in the order the
 * file system lists them: the same site gives the same index on every machine.
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
