import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** One URL a page points at, with where it sits so a report can name it. */
export interface PageLink {
  /** The attribute's value as written in the HTML. */
  href: string;
  /** `a[href]`, `link[href]`, `img[src]`, `form[action]`… */
  source: string;
  line: number | undefined;
}

/** What the link checker needs to know about one page. */
export interface PageOutline {
  links: PageLink[];
  /** Every `id` (and `a[name]`) a `#fragment` may point at. */
  anchors: Set<string>;
}

const urlAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
  object: ['data'],
};

/** hast camel-cases some attribute names (`srcSet`); the report shows the HTML spelling. */
const hastName: Record<string, string> = { srcset: 'srcSet' };

function attributeValues(element: Element, attribute: string): string[] {
  const value = element.properties[hastName[attribute] ?? attribute];
  if (typeof value !== 'string') return [];
  if (attribute !== 'srcset') return [value];
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

export function outlinePage(html: string): PageOutline {
  const tree: Root = fromHtml(html);
  const links: PageLink[] = [];
  const anchors = new Set<string>();
  visit(tree, 'element', (element: Element) => {
    const id = element.properties['id'];
    if (typeof id === 'string' && id !== '') anchors.add(id);
    const name = element.properties['name'];
    if (element.tagName === 'a' && typeof name === 'string' && name !== '') anchors.add(name);
    for (const attribute of urlAttributes[element.tagName] ?? []) {
      for (const href of attributeValues(element, attribute)) {
        links.push({
          href,
          source: `${element.tagName}[${attribute}]`,
          line: element.position?.start.line,
        });
      }
    }
  });
  return { links, anchors };
}
