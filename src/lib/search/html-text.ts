/**
 * Plain text and link targets of HTML that Minutebook rendered itself (escaped text, no scripts), for
 * the search index. Not a general HTML parser: it relies on that markup being well formed.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of the HTML; elements are separated by a space so adjacent words never merge. */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/gu, ' '))
    .replace(/\s+/gu, ' ')
    .trim();
}

export function htmlHrefs(html: string): string[] {
  return [...html.matchAll(/\bhref="([^"]*)"/gu)].map((m) => decodeEntities(m[1]!));
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/gu,
    (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[ch]};`,
  );
}
