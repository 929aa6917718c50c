import type { ElementContent, Element, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';
import { defuseUnsafeUrls } from './url-safety.ts';

/**
 * Replaces a text node's value by richer inline nodes (links to people, pull requests…), or returns
 * undefined to leave it as it is. Called for text outside links and code only.
 */
export type TextLinker = (value: string) => PhrasingContent[] | undefined;

export interface RenderOptions {
  linkText?: TextLinker;
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

const handlers: Record<string, Handler> = {
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

function applyLinker(nodes: readonly RootContent[], linkText: TextLinker): void {
  for (const root of nodes) {
    visit(root as Nodes, (node, index, parent) => {
      if (
        node.type === 'link' ||
        node.type === 'linkReference' ||
        node.type === 'inlineCode' ||
        node.type === 'code'
      ) {
        return SKIP;
      }
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      const replacement = linkText(node.value);
      if (!replacement) return undefined;
      (parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  }
}

/**
 * Renders mdast nodes of a minutes file to HTML. Text is always escaped, so `a < b` reads as written.
 * The linker runs on the nodes in place: call once per section.
 */
export function renderNodes(nodes: readonly RootContent[], options: RenderOptions = {}): string {
  const root: Root = { type: 'root', children: [...nodes] };
  // The loader reported unsafe URLs already; this keeps any tree, however it was made, from linking one.
  defuseUnsafeUrls(root);
  if (options.linkText) applyLinker(root.children, options.linkText);
  const hast = toHast(root, { handlers });
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

/** Marks a bullet for the renderer, e.g. as a decision or an action item, through mdast `data`. */
export function addBulletClass(node: ListItem | Paragraph, className: string): void {
  node.data ??= {};
  node.data.hProperties ??= {};
  const existing: Properties[string] = node.data.hProperties['className'];
  node.data.hProperties['className'] = [
    ...(Array.isArray(existing) ? existing.map(String) : []),
    className,
  ];
}
