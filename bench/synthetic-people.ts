import type { PersonRecord } from '../src/lib/types.ts';
import type { Random } from './random.ts';
import { familyNames, givenNames, transliterations } from './vocabulary.ts';
import { spellGermanAscii } from '../src/lib/search/transliterate.ts';
import { slugify } from '../src/lib/text/normalize.ts';

export interface SyntheticPerson extends PersonRecord {
  given: string;
  family: string;
  /** Relative attendance weight: a few regulars, a long tail of occasional guests. */
  weight: number;
}

/** Strips diacritics: "Jörn Schäfer" → "Jorn Schafer". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O');
}

/** German-style transliteration: "Jörn Schäfer" → "Joern Schaefer", "Søren" → "Soeren". */
function transliterateGerman(text: string): string {
  return foldDiacritics(spellGermanAscii(text).replace(/ø/g, 'oe').replace(/Ø/g, 'Oe'));
}

/** Registry ids follow Minutebook's own rule for ids and file names. */
export { slugify };

/** A registered misspelling: one doubled letter collapsed, the kind a hurried note-taker produces. */
function misspell(family: string): string | undefined {
  const match = /(.)\1/.exec(family);
  return match ? family.slice(0, match.index) + family.slice(match.index + 1) : undefined;
}

export function createPeople(random: Random, count: number): SyntheticPerson[] {
  const pairs: Array<[string, string]> = [];
  for (const given of givenNames) for (const family of familyNames) pairs.push([given, family]);
  const chosen = random.sample(pairs, count);
  const usedIds = new Set<string>();
  return chosen.map(([given, family], rank) => {
    const name = `${given} ${family}`;
    let id = slugify(name);
    while (usedIds.has(id)) id = `${id}-2`;
    usedIds.add(id);
    const aliases = new Set<string>();
    for (const variant of [foldDiacritics(name), transliterateGerman(name)])
      if (variant !== name) aliases.add(variant);
    for (const other of transliterations[given] ?? []) aliases.add(`${other} ${family}`);
    for (const other of transliterations[family] ?? []) aliases.add(`${given} ${other}`);
    const typo = random.chance(0.15) ? misspell(family) : undefined;
    if (typo) aliases.add(`${given} ${typo}`);
    return {
      id,
      name,
      aliases: [...aliases],
      page: true,
      given,
      family,
      weight: 1 / (rank + 4),
    };
  });
}

/**
 * How a minutes author writes a person: mostly the registered name, sometimes an alias, lowercase, or a
 * misspelling that is not registered at all (so the resolver's "unknown" path gets exercised too).
 */
export function writePersonName(random: Random, person: SyntheticPerson): string {
  const roll = random.next();
  if (roll < 0.72 || (roll < 0.9 && person.aliases.length === 0)) return person.name;
  if (roll < 0.9) return random.pick(person.aliases);
  if (roll < 0.96) return person.name.toLowerCase();
  if (roll < 0.98) return person.given;
  // Swapped letters in the family name: deliberately unregistered.
  const family = person.family;
  const at = Math.max(1, Math.min(family.length - 2, 2));
  return `${person.given} ${family.slice(0, at)}${family[at + 1] ?? ''}${family[at] ?? ''}${family.slice(at + 2)}`;
}

/** A given name as used in running text ("Aleksei will …"), sometimes transliterated. */
export function writeGivenName(random: Random, person: SyntheticPerson): string {
  const others = transliterations[person.given];
  if (others && random.chance(0.3)) return random.pick(others);
  if (random.chance(0.1)) return foldDiacritics(person.given);
  return person.given;
}
