/**
 * The people index: every known spelling of every person, plus the people created on the fly for attendee
 * strings nobody registered.
 *
 * API
 * - `createPeopleIndex(records)` → `PeopleIndex`. The index is MUTABLE in one way only: `resolveAttendee`
 *   adds the people it creates, so the same unknown spelling in a later meeting lands on the same new person.
 *   Resolve meetings in date order so generated ids are stable.
 * - `resolveAttendee(index, written)` → `{ person, created, via, candidates? } | null` (null for a string that
 *   is empty once roles are stripped, e.g. `"(Chair)"`).
 *   Order: full name or alias (case, spaces, diacritics, transliteration and parentheticals ignored) →
 *   a one-word string that is the first name of exactly one registered person → a new person
 *   (id = slug of the name as written without roles, de-duplicated; `candidates` lists the registered people
 *   a one-word string could have meant, so the report can say why it was not merged).
 * - `firstNamesOf(person)`: folded first names: the first word of `name` (or the whole of a one-word name) and
 *   every one-word alias. Multi-word aliases ("Rama AMD", "Chris Oo") do NOT add first names; register the
 *   short form as its own alias when it is used alone in prose.
 * - `createFirstNameIndex(people)` → `FirstNameIndex` (folded first name → person ids) for the archive-wide rule.
 *
 * Keys are the `foldName` forms from `src/lib/text/normalize.ts`.
 */
import type { PersonRecord } from '../types.ts';
import { foldName, nameTokens, slugify, stripRoles } from '../text/normalize.ts';

export type FirstNameIndex = ReadonlyMap<string, readonly string[]>;

export interface PeopleIndex {
  /** Every person, registered or created, by id. */
  readonly byId: ReadonlyMap<string, PersonRecord>;
  /** Full-name/alias key (`foldName`) → person ids; one id unless the registry has a collision. */
  readonly bySpelling: ReadonlyMap<string, readonly string[]>;
  /** Ids of the people created by `resolveAttendee`, in creation order. */
  readonly createdIds: readonly string[];
  /** First-name index over the REGISTERED people (used for one-word attendee strings). */
  readonly registeredFirstNames: FirstNameIndex;
  /** Multi-word spellings as a token trie, for finding names in running text. */
  readonly trie: NameTrieNode;
  /** Add a person (used for created people); returns the record actually stored. */
  add(person: PersonRecord): PersonRecord;
  /** Whether the folded spelling `key` is one of the person's aliases (rather than their name). */
  isAlias(id: string, key: string): boolean;
}

export interface NameTrieNode {
  children: Map<string, NameTrieNode>;
  /** Person ids whose multi-word spelling ends here. */
  ids: string[];
}

export interface ResolvedAttendee {
  person: PersonRecord;
  created: boolean;
  via: 'name' | 'alias' | 'first-name' | 'created';
  /** When a one-word attendee string was the first name of several people: who it could have been. */
  candidates?: string[];
}

function newNode(): NameTrieNode {
  return { children: new Map(), ids: [] };
}

export function firstNamesOf(person: PersonRecord): string[] {
  const names = new Set<string>();
  const tokens = nameTokens(person.name);
  if (tokens[0] !== undefined) names.add(tokens[0]);
  for (const alias of person.aliases) {
    const aliasTokens = nameTokens(alias);
    if (aliasTokens.length === 1 && aliasTokens[0] !== undefined) names.add(aliasTokens[0]);
  }
  return [...names];
}

export function createFirstNameIndex(people: Iterable<PersonRecord>): FirstNameIndex {
  const index = new Map<string, string[]>();
  for (const person of people) {
    for (const first of firstNamesOf(person)) {
      const ids = index.get(first);
      if (ids === undefined) index.set(first, [person.id]);
      else if (!ids.includes(person.id)) ids.push(person.id);
    }
  }
  return index;
}

export function createPeopleIndex(records: readonly PersonRecord[]): PeopleIndex {
  const byId = new Map<string, PersonRecord>();
  const bySpelling = new Map<string, string[]>();
  const aliasKeys = new Set<string>();
  const createdIds: string[] = [];
  const trie = newNode();

  const addSpelling = (spelling: string, id: string, isAlias: boolean): void => {
    const tokens = nameTokens(spelling);
    if (tokens.length === 0) return;
    const key = tokens.join(' ');
    if (isAlias) aliasKeys.add(`${id}\u0000${key}`);
    const ids = bySpelling.get(key);
    if (ids === undefined) bySpelling.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
    if (tokens.length < 2) return;
    let node = trie;
    for (const token of tokens) {
      let child = node.children.get(token);
      if (child === undefined) {
        child = newNode();
        node.children.set(token, child);
      }
      node = child;
    }
    if (!node.ids.includes(id)) node.ids.push(id);
  };

  const add = (person: PersonRecord): PersonRecord => {
    const existing = byId.get(person.id);
    if (existing) return existing;
    byId.set(person.id, person);
    addSpelling(person.name, person.id, false);
    for (const alias of person.aliases) addSpelling(alias, person.id, true);
    return person;
  };

  for (const record of records) add(record);
  const registeredFirstNames = createFirstNameIndex(byId.values());

  return {
    byId,
    bySpelling,
    createdIds,
    registeredFirstNames,
    trie,
    add,
    isAlias: (id, key) => aliasKeys.has(`${id}\u0000${key}`),
  };
}

/** Title-cases an all-lower-case name ("ramakrishna gali") so created people get a presentable name. */
function presentableName(name: string): string {
  if (name !== name.toLowerCase()) return name;
  return name.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

export function resolveAttendee(index: PeopleIndex, written: string): ResolvedAttendee | null {
  const name = stripRoles(written);
  const key = foldName(name);
  if (key === '') return null;

  const ids = index.bySpelling.get(key);
  const id = ids?.[0];
  if (id !== undefined) {
    const person = index.byId.get(id);
    if (person) {
      return { person, created: false, via: index.isAlias(id, key) ? 'alias' : 'name' };
    }
  }

  let candidates: string[] | undefined;
  if (!key.includes(' ')) {
    const firstNameIds = index.registeredFirstNames.get(key) ?? [];
    const only = firstNameIds.length === 1 ? firstNameIds[0] : undefined;
    const person = only === undefined ? undefined : index.byId.get(only);
    if (person) return { person, created: false, via: 'first-name' };
    if (firstNameIds.length > 1) candidates = [...firstNameIds];
  }

  const base = slugify(name) || 'person';
  let newId = base;
  for (let n = 2; index.byId.has(newId); n++) newId = `${base}-${n}`;
  const person = index.add({ id: newId, name: presentableName(name), aliases: [], page: true });
  (index.createdIds as string[]).push(person.id);
  return candidates
    ? { person, created: true, via: 'created', candidates }
    : { person, created: true, via: 'created' };
}
