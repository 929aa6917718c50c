/**
 * Subsection headings (`####` and deeper) inside a section's rendered HTML get ids of their own, so a
 * search hit can land on the subsection and Pagefind lists it as a sub-result of the section.
 */
import { slug } from 'github-slugger';
import { htmlText } from './html-text.ts';

const SUBHEADING_RE = /<(h[4-6])>([\s\S]*?)<\/\1>/gu;

/** Ids are `<section anchor>--<heading slug>`, unique within the page because section anchors are. */
export function withSubheadingIds(html: string, sectionAnchor: string): string {
  const used = new Map<string, number>();
  return html.replace(SUBHEADING_RE, (_whole, tag: string, inner: string) => {
    const base = `${sectionAnchor}--${slug(htmlText(inner)) || 'part'}`;
    const count = used.get(base) ?? 0;
    used.set(base, count + 1);
    const id = count === 0 ? base : `${base}-${count}`;
    return `<${tag} id="${id}">${inner}</${tag}>`;
  });
}
