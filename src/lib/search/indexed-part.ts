/**
 * The part of a built page that Pagefind indexes, as a small document of its own: the element marked
 * `data-pagefind-body`, without the elements marked `data-pagefind-ignore` (a topic page's timeline of
 * every section about it is most of the page, and none of it is indexed), except those that carry a
 * filter, meta or sort value, which Pagefind reads even inside ignored elements. Handing Pagefind only
 * this part makes indexing faster without changing what it records, but for the one-letter stop words
 * (one-letter-words.ts). Relies on the markup being well formed, as Minutebook renders it.
 */
import { hideOneLetterWordsInHtml } from './one-letter-words.ts';

const LANG_RE = /<html\b[^>]*\blang="([^"]*)"/u;
const BODY_RE = /<([a-z][a-z0-9]*)\b[^>]*\bdata-pagefind-body\b[^>]*>/u;
const IGNORED_RE = /<([a-z][a-z0-9]*)\b[^>]*\bdata-pagefind-ignore\b[^>]*>/gu;
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'source', 'wbr']);

/** Where the element whose start tag ends at `from` closes (after its end tag), or -1. */
function elementEnd(html: string, tag: string, from: number): number {
  if (VOID_ELEMENTS.has(tag)) return from;
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gu');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/** `html` without its `data-pagefind-ignore` elements, except those holding filter, meta or sort values. */
export function withoutIgnored(html: string): string {
  let out = '';
  let at = 0;
  IGNORED_RE.lastIndex = 0;
  for (let m = IGNORED_RE.exec(html); m; m = IGNORED_RE.exec(html)) {
    const end = elementEnd(html, m[1]!, m.index + m[0].length);
    if (end < 0) break;
    const element = html.slice(m.index, end);
    // Filters, meta and sort values count even when ignored, unless `data-pagefind-ignore="all"`.
    const keep =
      !/data-pagefind-ignore="all"/u.test(m[0]) &&
      /data-pagefind-(filter|meta|sort)/u.test(element);
    if (!keep) {
      out += html.slice(at, m.index);
      at = end;
    }
    IGNORED_RE.lastIndex = keep ? m.index + m[0].length : end;
  }
  return out + html.slice(at);
}

/** The indexed part of `html` as a complete document, or the page unchanged if it marks no body. */
export function indexedPart(html: string): string {
  const body = BODY_RE.exec(html);
  if (!body) return html;
  const end = elementEnd(html, body[1]!, body.index + body[0].length);
  if (end < 0) return html;
  const lang = LANG_RE.exec(html)?.[1] ?? 'en';
  // As in meeting records, one-letter stop words are not indexed (see one-letter-words.ts).
  const part = hideOneLetterWordsInHtml(withoutIgnored(html.slice(body.index, end)));
  return `<!doctype html><html lang="${lang}"><body>${part}</body></html>`;
}
