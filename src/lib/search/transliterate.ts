/**
 * German umlauts written the ASCII way: "Jörg" is often typed "Joerg", "Straße" "Strasse". Pagefind
 * folds diacritics ("Jörg" = "Jorg") but knows nothing of this spelling, so the index carries the
 * ASCII form of every word with an umlaut or ß, and queries are written the same way before searching.
 */

const ASCII_SPELLING: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
};
const UMLAUT_RE = /[äöüÄÖÜßẞ]/gu;

/** The word or text with umlauts and ß spelled out (`Jörg Rödel` → `Joerg Roedel`). */
export function spellGermanAscii(text: string): string {
  return text.normalize('NFC').replace(UMLAUT_RE, (letter) => ASCII_SPELLING[letter] ?? letter);
}

/** Whether the text has a letter that {@link spellGermanAscii} changes. */
export function hasGermanLetters(text: string): boolean {
  return /[äöüÄÖÜßẞ]/u.test(text.normalize('NFC'));
}
