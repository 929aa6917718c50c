/**
 * Local files that minutes link to or embed (slides, images): found in the syntax tree, checked to exist,
 * published with the site, and the links pointed at the published copy.
 *
 * API
 * - `isLocalTarget(url)`: true for a relative path (`Data/slides.pdf`, `../img/x.png`); false for URLs with
 *   a scheme, `//host`, `#anchors` and site-absolute `/paths`.
 * - `targetPath(url)`: the path part, without `?query` or `#fragment`, percent-decoding undone.
 * - `findLocalLinks(tree)` → `{ url, line }[]` for every link, image and reference definition to a local file.
 * - `attachmentPath(minutesFile, url)`: where the target lives relative to the minutes folder
 *   (`minutes/2024-06-05-x.mdx` + `Data/s.pdf` → `Data/s.pdf`), or undefined when it leaves the folder.
 * - `findAttachments(nodes, minutesFile)`: the attachment paths of every local file the nodes link to.
 * - `createPageUrl({ minutesFile, toUrl, anchors })`: where a URL of the file points on the site: a
 *   local file at `toUrl(attachmentPath)`, `#Mixed-Case` at its lower-case anchor, invisible characters
 *   around any URL dropped (`visibleUrl`). The renderer applies it; the tree is never changed.
 */
import type { Nodes } from 'mdast';
import path from 'node:path';
import { eachNode } from './each-node.ts';

export interface LocalLink {
  url: string;
  line: number | undefined;
}

/** Zero-width characters pasted around a URL: invisible, and they turn `https://…` into a relative path. */
const INVISIBLE_RE = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/gu;

/** The URL without invisible characters around it. */
export function visibleUrl(url: string): string {
  return url.replace(INVISIBLE_RE, '');
}

export function isLocalTarget(url: string): boolean {
  const value = visibleUrl(url);
  // Browsers drop tabs, newlines and control characters from URLs: "java\tscript:" is a scheme, not a file.
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\u0000-\u0020\u007f]/gu, '');
  return (
    value !== '' &&
    !/^[^/?#]*:/u.test(compact) &&
    !value.startsWith('//') &&
    !value.startsWith('#') &&
    !value.startsWith('/') &&
    !value.startsWith('?')
  );
}

export function targetPath(url: string): string {
  const bare = visibleUrl(url).replace(/[?#].*$/u, '');
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

type Linking = Extract<Nodes, { url: string }>;

function isLinking(node: Nodes): node is Linking {
  return node.type === 'link' || node.type === 'image' || node.type === 'definition';
}

export function findLocalLinks(tree: Nodes): LocalLink[] {
  const links: LocalLink[] = [];
  eachNode(tree, (node) => {
    if (isLinking(node) && isLocalTarget(node.url))
      links.push({ url: node.url, line: node.position?.start.line });
  });
  return links;
}

/** Posix path of the target relative to the minutes folder; undefined when it points outside it. */
export function attachmentPath(minutesFile: string, url: string): string | undefined {
  // `minutesFile` is relative to the content folder: `minutes/…`.
  const folder = path.posix.dirname(minutesFile.split(path.sep).join('/'));
  const joined = path.posix.normalize(path.posix.join(folder, targetPath(url)));
  if (!joined.startsWith('minutes/')) return undefined;
  return joined.slice('minutes/'.length);
}

export function findAttachments(nodes: readonly Nodes[], minutesFile: string): string[] {
  const found = new Set<string>();
  for (const root of nodes)
    eachNode(root, (node) => {
      if (!isLinking(node) || !isLocalTarget(node.url)) return;
      const attachment = attachmentPath(minutesFile, visibleUrl(node.url));
      if (attachment !== undefined) found.add(attachment);
    });
  return [...found];
}

export interface PageUrlOptions {
  minutesFile: string;
  /** The published URL of an attachment. */
  toUrl: (attachment: string) => string;
  /** The anchors of the page, for in-page links. */
  anchors: ReadonlySet<string>;
}

/**
 * A link's URL as the page links it. In-page links written against GitHub, whose heading anchors are
 * lower case: `#Agenda-for-the-June-meeting` finds `agenda-for-the-june-meeting` when only the
 * lower-case form is an anchor of the page.
 */
export function createPageUrl(options: PageUrlOptions): (url: string) => string {
  return (written) => {
    const url = visibleUrl(written);
    if (isLocalTarget(url)) {
      const attachment = attachmentPath(options.minutesFile, url);
      if (attachment === undefined) return url;
      const fragment = /#.*$/u.exec(url)?.[0] ?? '';
      return `${options.toUrl(attachment)}${fragment}`;
    }
    if (!url.startsWith('#')) return url;
    const id = targetPath(url.slice(1));
    if (options.anchors.has(id)) return url;
    const lower = id.toLowerCase();
    return options.anchors.has(lower) ? `#${lower}` : url;
  };
}
