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

import { memoize } from '../memo.ts';

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
/** One character of a token (see `tokenize`): a letter, a digit or a combining mark, in any script. */
const WORD_CHAR_RE = /^[\p{L}\p{N}\p{M}]$/u;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const UPPER_START_RE = /^\p{Lu}/u;

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

// Prose reuses a small vocabulary, so folding each distinct word once makes scanning an archive cheap.
const CACHE_LIMIT = 50_000;

/**
 * Folds ä/ae, ö/oe, ü/ue to the bare vowel on BOTH sides of every comparison. It is lossy ("Michael"
 * becomes "michal"), which only matters if two distinct people then collide; the people schema reports that.
 */
export const foldNameToken: (token: string) => string = memoize(CACHE_LIMIT, (token: string) =>
  stripDiacritics(token.toLowerCase()).replace(/([aou])e/gu, '$1'),
);

/**
 * Scanned by hand: ASCII letters and digits are told by their code, any other character by the class
 * `[\p{L}\p{N}\p{M}]` (`WORD_CHAR_RE`), so the tokens are exactly that class's runs, found without
 * a match object or a Unicode class test for every word: every name, topic and term lookup tokenises.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let start = -1;
  for (let at = 0; at < length;) {
    const code = text.charCodeAt(at);
    let size = 1;
    let word: boolean;
    if (code < 128)
      word =
        (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
    else {
      // A character outside the BMP is two code units: the class is asked of the whole code point.
      size = code >= 0xd800 && code <= 0xdbff && at + 1 < length ? 2 : 1;
      word = WORD_CHAR_RE.test(text.slice(at, at + size));
      // A lone surrogate is never a letter; a high one before a non-low unit is tested alone.
      if (size === 2 && !word && !isLowSurrogate(text.charCodeAt(at + 1))) size = 1;
    }
    if (word) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      tokens.push({ start, end: at, text: text.slice(start, at) });
      start = -1;
    }
    at += size;
  }
  if (start >= 0) tokens.push({ start, end: length, text: text.slice(start) });
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

export const foldTopicText: (s: string) => string = memoize(CACHE_LIMIT, (s: string) =>
  stripDiacritics(s.toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, ''),
);

/** True when the token starts with an upper-case letter ("Tyler", "Jörg"), the shape of a name in prose. */
export function isCapitalised(token: string): boolean {
  const code = token.charCodeAt(0);
  // ASCII answers at once (most words); any other first character is asked of Unicode's classes.
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_START_RE.test(token);
}
