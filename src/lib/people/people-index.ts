/**
 * The people index: every known spelling of every person, plus the people created on the fly for attendee
 * strings nobody registered.
 *
 * API
 * - `createPeopleIndex(records)` → `PeopleIndex`. The index is MUTABLE in one way only: `resolveAttendee`
 *   adds the people it creates and the handles it learns (`addHandle`), so the same unknown spelling in a
 *   later meeting lands on the same new person. Resolve meetings in date order so generated ids are stable.
 * - `resolveAttendee(index, written)` → `{ person, created, via, candidates? }`, or null for a string that is
 *   empty once roles are stripped (`"(Chair)"`) or is not a person's name (a sentence, a URL, a heading:
 *   `attendeeNotAName(written)` says why; see `attendee-string.ts`).
 *   The entry is read by `parseAttendee` (handle, email, `mailto:`, roles, affiliation, "joined at …").
 *   Order: GitHub handle (the same handle is always the same person) → full name or alias (case, spaces,
 *   diacritics, transliteration and parentheticals ignored) → a one-word string that is the first name of
 *   exactly one registered person → a new person (id = bounded slug of the name, de-duplicated; it records
 *   the handle as `github`; `candidates` lists the registered people a one-word string could have meant,
 *   so the report can say why it was not merged). A handle met later on a person found by name is
 *   recorded on that person too, so "Ada Lovelace" and "Ada Lovelace @ada" are one person.
 * - `firstNamesOf(person)`: folded first names: the first word of `name` (or the whole of a one-word name) and
 *   every one-word alias. Multi-word aliases ("Rama AMD", "Chris Oo") do NOT add first names; register the
 *   short form as its own alias when it is used alone in prose.
 * - `createFirstNameIndex(people)` → `FirstNameIndex` (folded first name → person ids) for the archive-wide rule.
 *
 * Keys are the `foldName` forms from `src/lib/text/normalize.ts`.
 */
import type { PersonRecord } from '../types.ts';
import { englishFunctionWords } from '../text/common-words.ts';
import { boundedSlug, foldName, nameTokens } from '../text/normalize.ts';
import { notANameReason, parseAttendee } from './attendee-string.ts';
import { splitJoinedName } from './joined-name.ts';

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
  /** Lower-cased GitHub user name → person id. */
  readonly byGithub: ReadonlyMap<string, string>;
  /** Multi-word spellings as a token trie, for finding names in running text. */
  readonly trie: NameTrieNode;
  /** Add a person (used for created people); returns the record actually stored. */
  add(person: PersonRecord): PersonRecord;
  /** The handle is this person's from now on, unless it is someone's already. */
  addHandle(handle: string, id: string): void;
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
  via: 'github' | 'name' | 'alias' | 'first-name' | 'created';
  /** When a one-word attendee string was the first name of several people: who it could have been. */
  candidates?: string[];
}

/**
 * Why an attendee entry is not a person (a sentence, a URL, a heading), or undefined when it names one.
 * Such an entry is reported and never becomes a person; `resolveAttendee` returns null for it.
 */
export function attendeeNotAName(written: string): string | undefined {
  // "Agenda:" is a heading even though the colon is not part of any name.
  if (/:\s*$/u.test(written)) return 'it is a heading';
  const { name } = parseAttendee(written);
  // Nothing left but a handle or email (or nothing at all): not a bad name, just none.
  return name === '' ? undefined : notANameReason(name);
}

function newNode(): NameTrieNode {
  return { children: new Map(), ids: [] };
}

export function firstNamesOf(person: PersonRecord): string[] {
  const names = new Set<string>();
  const tokens = nameTokens(person.name);
  // "Will Smith": "Will" alone is the modal far more often than the person.
  if (tokens[0] !== undefined && !(tokens.length > 1 && englishFunctionWords.has(tokens[0])))
    names.add(tokens[0]);
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
  const byGithub = new Map<string, string>();
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

  const addHandle = (handle: string, id: string): void => {
    const key = handle.toLowerCase();
    if (!byGithub.has(key)) byGithub.set(key, id);
  };

  const add = (person: PersonRecord): PersonRecord => {
    const existing = byId.get(person.id);
    if (existing) return existing;
    byId.set(person.id, person);
    if (person.github !== undefined) addHandle(person.github, person.id);
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
    byGithub,
    trie,
    add,
    addHandle,
    isAlias: (id, key) => aliasKeys.has(`${id}\u0000${key}`),
  };
}

/** Title-cases an all-lower-case name ("ramakrishna gali") so created people get a presentable name. */
function presentableName(name: string): string {
  if (name !== name.toLowerCase()) return name;
  return name.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

export function resolveAttendee(index: PeopleIndex, written: string): ResolvedAttendee | null {
  const parts = parseAttendee(written);
  const handle = parts.github?.toLowerCase();
  const byGithub = index.byGithub;
  const found = (person: PersonRecord, via: ResolvedAttendee['via']): ResolvedAttendee => {
    // The handle is this person's from now on, so every later spelling with it lands here too.
    if (handle !== undefined && !byGithub.has(handle)) {
      index.addHandle(handle, person.id);
      if (person.github === undefined && index.createdIds.includes(person.id) && parts.github)
        person.github = parts.github;
    }
    return { person, created: false, via };
  };

  const byHandle = handle === undefined ? undefined : index.byId.get(byGithub.get(handle) ?? '');
  if (byHandle) return found(byHandle, 'github');

  // A registry spelling as written wins; otherwise "AdaLovelace" is read as "Ada Lovelace".
  const name = index.bySpelling.has(foldName(parts.name))
    ? parts.name
    : splitJoinedName(parts.name);
  const key = foldName(name);
  if (key === '' && parts.github === undefined && parts.email === undefined) return null;
  if (key !== '' && notANameReason(name) !== undefined) return null;

  const ids = index.bySpelling.get(key);
  const id = ids?.[0];
  if (id !== undefined) {
    const person = index.byId.get(id);
    if (person) return found(person, index.isAlias(id, key) ? 'alias' : 'name');
  }

  let candidates: string[] | undefined;
  if (key !== '' && !key.includes(' ')) {
    const firstNameIds = index.registeredFirstNames.get(key) ?? [];
    const only = firstNameIds.length === 1 ? firstNameIds[0] : undefined;
    const person = only === undefined ? undefined : index.byId.get(only);
    if (person) return found(person, 'first-name');
    if (firstNameIds.length > 1) candidates = [...firstNameIds];
  }

  const shown = key === '' ? (parts.github ?? parts.email ?? '') : presentableName(name);
  const base = boundedSlug(shown) || 'person';
  let newId = base;
  for (let n = 2; index.byId.has(newId); n++) newId = `${base}-${n}`;
  const record: PersonRecord = { id: newId, name: shown, aliases: [], page: true };
  if (parts.github !== undefined) record.github = parts.github;
  if (parts.affiliation !== undefined) record.affiliation = parts.affiliation;
  const person = index.add(record);
  (index.createdIds as string[]).push(person.id);
  return candidates
    ? { person, created: true, via: 'created', candidates }
    : { person, created: true, via: 'created' };
}
