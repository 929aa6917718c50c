import type { ElementContent, Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type {
  Image,
  ImageReference,
  Link,
  LinkReference,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Text,
} from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defaultHandlers, toHast, type Handler, type State } from 'mdast-util-to-hast';
import { bodyNodes } from './parse.ts';
import { defuseUnsafeUrls } from './url-safety.ts';

/**
 * Replaces a text node's value by richer inline nodes (links to people, pull requests…), or returns
 * undefined to leave it as it is. Called for text outside links and code only.
 */
export type TextLinker = (value: string) => PhrasingContent[] | undefined;

export interface RenderOptions {
  linkText?: TextLinker;
  /** Where a link or image of the minutes points on the site (see `createPageUrl`). */
  linkUrl?: (url: string) => string;
}

/** The value of a JSX attribute written as a plain string (`owner="Jörg"`). */
export function jsxAttribute(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  name: string,
): string | undefined {
  for (const attribute of node.attributes) {
    if (
      attribute.type === 'mdxJsxAttribute' &&
      attribute.name === name &&
      typeof attribute.value === 'string'
    ) {
      return attribute.value;
    }
  }
  return undefined;
}

function renderComponent(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element {
  const inline = node.type === 'mdxJsxTextElement';
  const kind = node.name === 'Action' ? 'action' : 'decision';
  const owner = kind === 'action' ? jsxAttribute(node, 'owner') : undefined;
  const label: ElementContent[] = [
    { type: 'text', value: kind === 'action' ? 'Action' : 'Decision' },
  ];
  if (owner) label.push({ type: 'text', value: ` (${owner})` });
  label.push({ type: 'text', value: ': ' });
  return {
    type: 'element',
    tagName: inline ? 'span' : 'div',
    properties: { className: [`minutes-${kind}`] },
    children: [
      {
        type: 'element',
        tagName: 'strong',
        properties: { className: ['minutes-label'] },
        children: label,
      },
      ...state.all(node),
    ],
  };
}

const renderJsx: Handler = (state, node) => renderComponent(state, node as MdxJsxFlowElement);

const baseHandlers: Record<string, Handler> = {
  // Raw HTML is shown as the text it is: minutes never inject markup into the archive.
  // Comments were invisible in the original, so they stay invisible.
  html: (_state, node: { value: string }) =>
    /^\s*<!--[\s\S]*-->\s*$/.test(node.value) ? undefined : { type: 'text', value: node.value },
  mdxFlowExpression: () => undefined,
  mdxTextExpression: () => undefined,
  mdxjsEsm: () => undefined,
  mdxJsxFlowElement: renderJsx,
  mdxJsxTextElement: renderJsx,
};

export interface DocumentOptions {
  /** The linker for the text at a file offset (each section has its own), or none. */
  linkerAt?: (offset: number) => TextLinker | undefined;
  /**
   * Classes for bullets and paragraphs (`is-action`, `is-decision`), given by the analysis, not
   * written into the tree.
   */
  bulletClasses?: ReadonlyMap<ListItem | Paragraph, string>;
  /** Where a link or image of the minutes points on the site (see `createPageUrl`). */
  linkUrl?: (url: string) => string;
}

/**
 * Handlers that link text and mark bullets while the tree is turned into HTML, so the tree itself is
 * never changed. Text inside links and code is left alone.
 */
function createHandlers(options: DocumentOptions): Record<string, Handler> {
  let inLink = 0;
  const within: Handler = (state, node: Nodes, parent) => {
    inLink += 1;
    try {
      return (defaultHandlers as Record<string, Handler>)[node.type]!(state, node, parent);
    } finally {
      inLink -= 1;
    }
  };
  const url = options.linkUrl ?? ((written: string) => written);
  // A reference renders as the link or image its definition makes, at the URL the page uses.
  const target = (state: State, node: LinkReference | ImageReference) => {
    const definition = state.definitionById.get(String(node.identifier).toUpperCase());
    if (!definition) return undefined;
    const { position } = node;
    return { url: url(definition.url), title: definition.title, ...(position ? { position } : {}) };
  };
  return {
    ...baseHandlers,
    link: (state, node: Link, parent) => within(state, { ...node, url: url(node.url) }, parent),
    linkReference: (state, node: LinkReference, parent) => {
      const to = target(state, node);
      const link: Link | undefined = to && { type: 'link', children: node.children, ...to };
      return within(state, link ?? node, parent);
    },
    image: (state, node: Image) => defaultHandlers.image(state, { ...node, url: url(node.url) }),
    imageReference: (state, node: ImageReference) => {
      const to = target(state, node);
      return to
        ? defaultHandlers.image(state, { type: 'image', alt: node.alt, ...to })
        : defaultHandlers.imageReference(state, node);
    },
    text: (state, node: Text) => {
      const offset = node.position?.start.offset;
      const linker = inLink === 0 && offset !== undefined ? options.linkerAt?.(offset) : undefined;
      const replacement = linker?.(node.value);
      if (!replacement) return defaultHandlers.text(state, node);
      return state.all({ type: 'paragraph', children: replacement });
    },
    listItem: (state, node: ListItem, parent) =>
      withClass(defaultHandlers.listItem(state, node, parent), options.bulletClasses?.get(node)),
    paragraph: (state, node: Paragraph) =>
      withClass(defaultHandlers.paragraph(state, node), options.bulletClasses?.get(node)),
  };
}

function withClass(element: Element, className: string | undefined): Element {
  if (className) {
    const existing = element.properties['className'];
    element.properties['className'] = [
      ...(Array.isArray(existing) ? existing.map(String) : []),
      className,
    ];
  }
  return element;
}

/**
 * Renders mdast nodes of a minutes file to HTML. Text is always escaped, so `a < b` reads as written.
 * For a whole file use `renderDocument`, which resolves definitions and footnotes across sections.
 */
export function renderNodes(nodes: readonly RootContent[], options: RenderOptions = {}): string {
  const linker = options.linkText;
  const root: Root = { type: 'root', children: [...nodes] };
  // The loader reported unsafe URLs already; this keeps any tree, however it was made, from linking one.
  defuseUnsafeUrls(root);
  const hast = toHast(root, {
    handlers: createHandlers({
      ...(linker ? { linkerAt: () => linker } : {}),
      ...(options.linkUrl ? { linkUrl: options.linkUrl } : {}),
    }),
  });
  return toHtml(hast);
}

export function renderPhrasing(
  nodes: readonly PhrasingContent[],
  options: RenderOptions = {},
): string {
  return renderNodes([{ type: 'paragraph', children: [...nodes] }], options).replace(
    /^<p>|<\/p>$/g,
    '',
  );
}

export interface RenderedDocument {
  /** Content before the first section. */
  preamble: string;
  /** Each section's content, in the order of `starts` (its heading is rendered apart). */
  sections: string[];
  /** The footnotes of the whole file, wherever they were defined; empty when there are none. */
  footnotes: string;
}

/**
 * Renders a whole minutes file once, then splits the HTML at the section headings. Rendering the
 * document as one keeps what belongs to it as a whole: a reference-style link whose definition sits at
 * the end of the file keeps its URL, and a footnote defined in another section keeps its text.
 * `starts` are the file offsets of the section headings, ascending; headings themselves (and group
 * headings) are left out, since a page renders them with their anchors.
 */
export function renderDocument(
  tree: Root,
  starts: readonly number[],
  options: DocumentOptions = {},
): RenderedDocument {
  const body = bodyNodes(tree);
  defuseUnsafeUrls({ type: 'root', children: body });
  const headings = new Set(
    body.flatMap((node) =>
      node.type === 'heading' && node.depth <= 4 && node.position?.start.offset !== undefined
        ? [node.position.start.offset]
        : [],
    ),
  );
  const hast = toHast(
    { type: 'root', children: body },
    {
      handlers: createHandlers(options),
      // The site's own class for text that only screen readers read.
      footnoteLabelProperties: { className: ['visually-hidden'] },
    },
  );
  const preamble: HastRoot = { type: 'root', children: [] };
  const sections: HastRoot[] = starts.map(() => ({ type: 'root', children: [] }));
  const footnotes: HastRoot = { type: 'root', children: [] };
  let bucket = preamble;
  for (const child of (hast as HastRoot).children) {
    const offset = child.position?.start.offset;
    if (offset !== undefined) {
      if (headings.has(offset)) {
        bucket = sections[sectionAt(starts, offset)] ?? preamble;
        continue;
      }
      bucket = sections[sectionAt(starts, offset)] ?? preamble;
    } else if (child.type === 'element' && child.properties['dataFootnotes'] !== undefined) {
      bucket = footnotes;
    }
    bucket.children.push(child);
  }
  const html = (root: HastRoot) => toHtml(root).trim();
  return { preamble: html(preamble), sections: sections.map(html), footnotes: html(footnotes) };
}

/** Index of the last section starting at or before `offset`, or -1 before the first. */
export function sectionAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
