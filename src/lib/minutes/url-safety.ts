import type { Definition, Nodes, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { eachNode } from './each-node.ts';

/**
 * Nothing from the minutes runs in the reader's browser: a link or image whose URL would run script
 * (`javascript:`, `vbscript:`) or open a document of the author's making (`data:` other than an
 * image) is shown as the text it is, and reported, instead of becoming a live link or source.
 */

/** Schemes whose URLs run script when followed. */
const scriptSchemes = new Set(['javascript', 'vbscript', 'livescript']);

/**
 * Browsers drop tabs and newlines anywhere in a URL and control characters and spaces around it
 * before they read its scheme; dropping every control, format (zero-width) and space character is
 * stricter than any of them, so no spelling of a scheme slips through.
 */
const ignoredInScheme = /[\p{Cc}\p{Cf}\p{Z}\s]/gu;

export type UrlUse = 'link' | 'image';

/** The dangerous scheme of `url` (`javascript`, `data`…) used as `use`, or undefined when it is safe. */
export function unsafeUrlScheme(url: string, use: UrlUse): string | undefined {
  const squeezed = url.replace(ignoredInScheme, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
  if (scriptSchemes.has(scheme)) return scheme;
  if (scheme === 'data' && !(use === 'image' && /^data:image\//i.test(squeezed))) return scheme;
  return undefined;
}

/** A URL that was shown as text instead of linked, where the file wrote it. */
export interface UnsafeUrl {
  url: string;
  scheme: string;
  line?: number;
  column?: number;
}

/** The warning for an unsafe URL, e.g. `link to "javascript:…" shown as text: …`. */
export function describeUnsafeUrl(found: UnsafeUrl): string {
  const why =
    found.scheme === 'data'
      ? 'data: URLs other than images open a page of their own'
      : `${found.scheme}: URLs run script in the reader's browser`;
  return `link to ${JSON.stringify(found.url)} shown as text: ${why}`;
}

/** The text that replaces a link: what it said, then where it pointed, unless that is the same. */
function asText(
  label: PhrasingContent[],
  url: string,
  position: Nodes['position'],
): PhrasingContent[] {
  const said = label.map((node) => toString(node)).join('');
  if (said.trim() === '' || said === url) return [{ type: 'text', value: url, position }];
  return [...label, { type: 'text', value: ` (${url})`, position }];
}

/**
 * Replaces every unsafe link and image of `tree` (references to unsafe definitions included) by its
 * text, and returns what it replaced in document order. A safe tree is left as it is, so running it
 * twice changes nothing.
 */
export function defuseUnsafeUrls(tree: Root): UnsafeUrl[] {
  const found: UnsafeUrl[] = [];
  const note = (url: string, scheme: string, node: Nodes) => {
    const start = node.position?.start;
    found.push({
      url,
      scheme,
      ...(start ? { line: start.line, column: start.column } : {}),
    });
  };
  const unsafeDefinitions = new Map<string, Definition>();
  // One reading walk finds the unsafe definitions and whether anything is to be replaced at all: in
  // nearly every file nothing is, and the replacing walk is not needed.
  let unsafeLinks = false;
  const references = new Set<string>();
  eachNode(tree, (node) => {
    if (node.type === 'link' || node.type === 'image') {
      unsafeLinks ||= unsafeUrlScheme(node.url, node.type) !== undefined;
      return;
    }
    if (node.type === 'linkReference' || node.type === 'imageReference') {
      references.add(node.identifier);
      return;
    }
    if (node.type !== 'definition') return;
    // Whether a reference shows an image or a link, a script or page URL is never safe.
    const scheme = unsafeUrlScheme(node.url, 'link');
    if (scheme === undefined) return;
    note(node.url, scheme, node);
    unsafeDefinitions.set(node.identifier, { ...node });
    // Definitions render nothing; emptied, no later render can link to them.
    node.url = '';
  });
  const unsafeReferences = [...references].some((identifier) => unsafeDefinitions.has(identifier));
  if (unsafeLinks || unsafeReferences) replaceUnsafe(tree, unsafeDefinitions, note);
  return found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Replaces each unsafe link and image, and each reference to an unsafe definition, by its text. */
function replaceUnsafe(
  tree: Root,
  unsafeDefinitions: ReadonlyMap<string, Definition>,
  note: (url: string, scheme: string, node: Nodes) => void,
): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    let replacement: PhrasingContent[] | undefined;
    if (node.type === 'link' || node.type === 'image') {
      const scheme = unsafeUrlScheme(node.url, node.type);
      if (scheme === undefined) return undefined;
      note(node.url, scheme, node);
      replacement =
        node.type === 'link'
          ? asText(node.children, node.url, node.position)
          : asText([{ type: 'text', value: node.alt ?? '' }], node.url, node.position);
    } else if (node.type === 'linkReference' || node.type === 'imageReference') {
      const definition = unsafeDefinitions.get(node.identifier);
      if (!definition) return undefined;
      const label: PhrasingContent[] =
        node.type === 'linkReference' ? node.children : [{ type: 'text', value: node.alt ?? '' }];
      replacement = asText(label, definition.url, node.position);
    } else {
      return undefined;
    }
    (parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
    return [SKIP, index + replacement.length];
  });
}

/** The unsafe URLs of `tree`, leaving it untouched (the importer keeps what the author wrote). */
export function findUnsafeUrls(tree: Root): UnsafeUrl[] {
  return defuseUnsafeUrls(structuredClone(tree));
}
