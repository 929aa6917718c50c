/**
 * An attendee written as one CamelCase token ("AdaLovelace") is usually a full name typed without its
 * space (a chat or profile display name), but the same shape is also how products and projects are
 * written ("WebAssembly", "JavaScript", "GitHub", "YouTube"). Only attendee entries are read this way:
 * in running text such a token is far more often a product.
 *
 * A token is split into a given and a family name when it is two capitalised parts of two or more
 * letters each, without digits, and
 * - its first part is not a surname prefix that keeps its capital inside one name ("McCabe",
 *   "MacNaughton", "DeTar", "VanHattum", "LeRoux" are one surname), and
 * - either its first part is a given name (compromise's lexicon: "DanSmith"), or neither part is an
 *   English word (the `word-list` dictionary, 274,000 words): a joined name of two words no dictionary
 *   has ("Kloud" + "Koder") is a name, a product made of words ("Web" + "Assembly") is not.
 * Three parts or more ("LaRuaNa") stay as written: that is a user name, not a given and family name.
 * Known gap: a given name followed by a word ("RubyGems") is split; attendee lists rarely hold those.
 */
import { isEnglishWord, isGivenName } from './english-words.ts';

const JOINED_RE = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)$/u;

/** Prefixes written with a capital after them inside one surname. */
const SURNAME_PREFIXES = new Set([
  'mc',
  'mac',
  'de',
  'di',
  'da',
  'du',
  'del',
  'della',
  'le',
  'la',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'ten',
  'fitz',
  'st',
]);

/** "AdaLovelace" → "Ada Lovelace"; anything else (and a product-like token) unchanged. */
export function splitJoinedName(name: string): string {
  const parts = JOINED_RE.exec(name);
  const given = parts?.[1];
  const family = parts?.[2];
  if (given === undefined || family === undefined) return name;
  if (SURNAME_PREFIXES.has(given.toLowerCase())) return name;
  const joined = isGivenName(given) || (!isEnglishWord(given) && !isEnglishWord(family));
  return joined ? `${given} ${family}` : name;
}
