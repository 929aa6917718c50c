/**
 * Text normalisation shared by name resolution and topic matching. Pure string functions.
 *
 * API
 * - `stripDiacritics(s)`: NFKD + drop combining marks, plus the letters NFKD leaves alone (ß, ø, ł, æ…).
 * - `stripRoles(written)`: drop parenthetical/bracketed roles and affiliations, collapse spaces.
 *   `"Joerg Roedel (Chair)"` → `"Joerg Roedel"`. Keeps case and diacritics (for display).
 * - `foldNameToken(token)`: one word of a name folded for comparison: lowercase, no diacritics, German
 *   transliteration folded (`ae/oe/ue` → `a/o/u`) so Jörg = Joerg = Jorg.
 * - `nameTokens(s)`: `stripRoles` then split into folded tokens. `foldName(s)` = those tokens joined by one space.
 * - `slugify(s)`: ASCII kebab-case slug for ids (`"Jakub Růžička"` → `"jakub-ruzicka"`).
 * - `boundedSlug(s, max?)`: `slugify` cut at a word boundary to at most 48 characters (generated ids, file names).
 * - `foldTopicText(s)`: lowercase, no diacritics, no separators at all (`"VirtIO Block"` → `"virtioblock"`).
 * - `tokenize(text)`: word tokens (runs of letters, digits and combining marks) with their offsets in `text`.
 */

export interface Token {
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  text: string;
}

// Letters that NFKD does not decompose into base letter + mark.
const EXTRA_LETTERS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ı: 'i',
};
const EXTRA_LETTERS_RE = new RegExp(`[${Object.keys(EXTRA_LETTERS).join('')}]`, 'gu');
const MARKS_RE = /\p{M}+/gu;
const PARENTHETICAL_RE = /\s*(?:\([^()]*\)|\[[^\][]*\])/gu;
const TOKEN_RE = /[\p{L}\p{N}\p{M}]+/gu;

export function stripDiacritics(s: string): string {
  return s
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(EXTRA_LETTERS_RE, (ch) => EXTRA_LETTERS[ch] ?? ch);
}

export function stripRoles(written: string): string {
  let previous: string;
  let current = written;
  // Repeat so nested parentheses like "(AMD (Austin))" go too.
  do {
    previous = current;
    current = current.replace(PARENTHETICAL_RE, ' ');
  } while (current !== previous);
  return current.replace(/\s+/gu, ' ').trim();
}

/**
 * Folds ä/ae, ö/oe, ü/ue to the bare vowel on BOTH sides of every comparison. It is lossy ("Michael"
 * becomes "michal"), which only matters if two distinct people then collide; the people schema reports that.
 */
export function foldNameToken(token: string): string {
  return cached(nameTokenCache, token, () =>
    stripDiacritics(token.toLowerCase()).replace(/([aou])e/gu, '$1'),
  );
}

// Prose reuses a small vocabulary, so folding each distinct word once makes scanning an archive cheap.
const CACHE_LIMIT = 50_000;
const nameTokenCache = new Map<string, string>();
const topicTokenCache = new Map<string, string>();
function cached(cache: Map<string, string>, key: string, compute: () => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, value);
  }
  return value;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return tokens;
}

export function nameTokens(s: string): string[] {
  return tokenize(stripRoles(s)).map((t) => foldNameToken(t.text));
}

export function foldName(s: string): string {
  return nameTokens(s).join(' ');
}

export function slugify(s: string): string {
  return stripDiacritics(s.toLowerCase())
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** Longest generated id or file-name slug: they become URL segments and file names, so they stay short. */
export const MAX_SLUG_LENGTH = 48;

/** `slugify`, cut at a word boundary to at most `max` characters, so no id can exceed a file-name limit. */
export function boundedSlug(s: string, max = MAX_SLUG_LENGTH): string {
  const slug = slugify(s);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/u, '');
}

export function foldTopicText(s: string): string {
  return cached(topicTokenCache, s, () =>
    stripDiacritics(s.toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, ''),
  );
}

/** True when the token starts with an upper-case letter ("Tyler", "Jörg"), the shape of a name in prose. */
export function isCapitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token);
}
