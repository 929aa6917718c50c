/**
 * Finds people named in running text (a section body, a bullet, an `<Action owner="…">` value).
 *
 * API
 * - `createNameFinder({ index, attendees, archiveFirstNames? })` → `NameFinder`
 *   - `attendees`: person ids of the meeting's attendees, or `null` when the minutes have no attendee list.
 *   - `archiveFirstNames`: `createFirstNameIndex(allPeopleOfTheArchive)`; defaults to the index's people at
 *     the time of the call. Build it once per archive, after all attendees are resolved.
 * - `finder.find(text)` → `NameMatch[]` in text order, non-overlapping:
 *   1. multi-word full names and aliases, longest first ("Joerg Roedel", "Jörg Rödel", "Zhao Rong Hou"),
 *      ignoring case, diacritics and transliteration; words may be separated by spaces, hyphens, a dot
 *      or one line ending (a sentence that runs on to the next line);
 *   2. a lone CAPITALISED word that is a known first name (or one-word alias): resolved when exactly one
 *      attendee has it; when no attendee has it (or there is no attendee list) when exactly one person in the
 *      archive has it. Several candidates → `person: null, reason: 'ambiguous', candidates`.
 *      A first name directly followed by another capitalised word ("Tom Smith") is an unknown full name:
 *      `person: null, reason: 'unknown'`, written "Tom Smith"; we never guess it is the Tom who attended
 *      (except in Title Case text such as headings, where every word is capitalised anyway).
 *   3. an ambiguous first name resolves to the candidate the SAME text names in full, when exactly one
 *      candidate is ("Ask Tom Lendacky … Stefano will email Tom"). Pass a whole section for the most context.
 *   Ordinary capitalised words that are nobody's first name are not reported.
 * - `finder.resolveName(written)` → the same shape for a string that IS a name (e.g. an `owner` attribute):
 *   full name/alias, else the first-name rules, else `reason: 'unknown'`.
 * - `finder.attendeesWithInitials(letters)` → the attendees whose initials these are ("SC" for Sam Clegg):
 *   how notes name a speaker ("SC: …", "SC to post …").
 *
 * Cost: one pass over the tokens; at each token a trie walk bounded by the longest spelling (a few words).
 */
import {
  foldNameToken,
  isCapitalised,
  nameTokens,
  stripRoles,
  tokenize,
  type Token,
} from '../text/normalize.ts';
import { memoize } from '../memo.ts';
import {
  createFirstNameIndex,
  firstNamesOf,
  type FirstNameIndex,
  type PeopleIndex,
} from './people-index.ts';

export interface NameMatch {
  start: number;
  end: number;
  /** The text as written, e.g. "Jörg" or "Joerg Roedel". */
  written: string;
  /** Resolved person id, or null. */
  person: string | null;
  reason?: 'ambiguous' | 'unknown';
  /** For ambiguous names: the person ids it could be. */
  candidates?: string[];
}

export interface NameFinderOptions {
  index: PeopleIndex;
  attendees: readonly string[] | null;
  archiveFirstNames?: FirstNameIndex;
}

export interface NameFinder {
  find(text: string): NameMatch[];
  resolveName(written: string): Omit<NameMatch, 'start' | 'end'>;
  /**
   * The attendees whose initials these are ("SC", "AR": the first letters of the first and last name,
   * or of every word of the name): one is that person; several mean a person the notes do not say;
   * none (or no attendee list) means nobody of the meeting.
   */
  attendeesWithInitials(letters: string): readonly string[];
}

// Between two words of one name: spaces, a hyphen, or an initial's dot ("James B. Smith"); or a line
// ending, as when a bullet's sentence runs on to the next line ("… and Ben⏎Osei will test it").
const NAME_GAP_RE = /^(?:[ \t]+|[ \t]*\r?\n[ \t]*|[ \t]*-[ \t]*|\.[ \t]*)$/u;
// A following word that looks like a surname: capitalised, and not an all-caps acronym ("Tom AMD").
const SURNAME_LIKE_RE = /^\p{Lu}\p{Ll}[\p{L}\p{M}]*$/u;

/** Texts one finder keeps the matches of (a meeting reads a few hundred; a tool may read many more). */
const MAX_READ_TEXTS = 5_000;

type FirstNameResult = { person: string } | { candidates: string[] } | null;

export function createNameFinder(options: NameFinderOptions): NameFinder {
  const { index } = options;
  const archiveFirstNames = options.archiveFirstNames ?? createFirstNameIndex(index.byId.values());
  const attendeeFirstNames: Map<string, string[]> | null = options.attendees ? new Map() : null;
  if (attendeeFirstNames && options.attendees) {
    for (const id of options.attendees) {
      const person = index.byId.get(id);
      if (!person) continue;
      for (const first of firstNamesOf(person)) {
        const ids = attendeeFirstNames.get(first);
        if (ids === undefined) attendeeFirstNames.set(first, [id]);
        else if (!ids.includes(id)) ids.push(id);
      }
    }
  }

  const resolveFirstName = (folded: string): FirstNameResult => {
    const fromAttendees = attendeeFirstNames?.get(folded) ?? [];
    const pool = fromAttendees.length > 0 ? fromAttendees : (archiveFirstNames.get(folded) ?? []);
    if (pool.length === 0) return null;
    if (pool.length === 1 && pool[0] !== undefined) return { person: pool[0] };
    return { candidates: [...pool] };
  };

  /** Longest multi-word spelling starting at token i: [number of tokens, ids]. */
  const matchSpelling = (
    text: string,
    tokens: Token[],
    folded: string[],
    i: number,
  ): [number, string[]] => {
    let node = index.trie;
    let best: [number, string[]] = [0, []];
    for (let j = i; j < tokens.length; j++) {
      const word = folded[j];
      if (word === undefined) break;
      if (j > i) {
        const prev = tokens[j - 1];
        const cur = tokens[j];
        if (!prev || !cur || !NAME_GAP_RE.test(text.slice(prev.end, cur.start))) break;
      }
      const child = node.children.get(word);
      if (!child) break;
      node = child;
      if (node.ids.length > 0) best = [j - i + 1, node.ids];
    }
    return best;
  };

  const readNames = (text: string): NameMatch[] => {
    const tokens = tokenize(text);
    const folded = tokens.map((t) => foldNameToken(t.text));
    const matches: NameMatch[] = [];
    // In Title Case Text ("Oliver Presentation and Next Steps") a capitalised word after a first name is
    // not evidence of a surname, so the unknown-full-name guard is off there. Counted only when a first
    // name is followed by such a word: most texts never ask.
    let titleCase: boolean | undefined;
    const isTitleCase = () =>
      (titleCase ??=
        tokens.length >= 2 &&
        tokens.filter((t) => isCapitalised(t.text)).length / tokens.length >= 0.6);
    const ambiguousAt: number[] = [];
    for (let i = 0; i < tokens.length;) {
      const token = tokens[i];
      const word = folded[i];
      if (!token || word === undefined) break;
      const [length, ids] = matchSpelling(text, tokens, folded, i);
      const last = tokens[i + length - 1];
      if (length > 0 && last) {
        const written = text.slice(token.start, last.end);
        const match: NameMatch =
          ids.length === 1 && ids[0] !== undefined
            ? { start: token.start, end: last.end, written, person: ids[0] }
            : {
                start: token.start,
                end: last.end,
                written,
                person: null,
                reason: 'ambiguous',
                candidates: [...ids],
              };
        matches.push(match);
        i += length;
        continue;
      }
      if (isCapitalised(token.text)) {
        const result = resolveFirstName(word);
        if (result) {
          const next = tokens[i + 1];
          if (
            next &&
            /^[ \t]+$/u.test(text.slice(token.end, next.start)) &&
            SURNAME_LIKE_RE.test(next.text) &&
            !isTitleCase()
          ) {
            matches.push({
              start: token.start,
              end: next.end,
              written: text.slice(token.start, next.end),
              person: null,
              reason: 'unknown',
            });
            i += 2;
            continue;
          }
          const base = { start: token.start, end: token.end, written: token.text };
          matches.push(
            'person' in result
              ? { ...base, person: result.person }
              : { ...base, person: null, reason: 'ambiguous', candidates: result.candidates },
          );
          if (!('person' in result)) ambiguousAt.push(matches.length - 1);
        }
      }
      i += 1;
    }
    // "Ask Tom Lendacky … Stefano will email Tom": a first name shared by several people means the one the
    // same text names in full, when exactly one candidate is named in full.
    if (ambiguousAt.length > 0) {
      const namedInFull = new Set<string>();
      for (const m of matches)
        if (m.person !== null && /\s/u.test(m.written)) namedInFull.add(m.person);
      for (const at of ambiguousAt) {
        const m = matches[at];
        const named = m?.candidates?.filter((id) => namedInFull.has(id)) ?? [];
        if (m && named.length === 1 && named[0] !== undefined) {
          matches[at] = { start: m.start, end: m.end, written: m.written, person: named[0] };
        }
      }
    }
    return matches;
  };

  // One meeting asks for the same text several times (a bullet for its outcomes, its owners, its
  // people and its links; a section's whole text for the section finder): about half of what a
  // meeting's finder reads it has read before, so each text is read once. The matches are never
  // changed by their readers; each caller gets its own array of them.
  const read = memoize(MAX_READ_TEXTS, readNames);
  const find = (text: string): NameMatch[] => [...read(text)];

  const resolveName = (written: string): Omit<NameMatch, 'start' | 'end'> => {
    const name = stripRoles(written);
    const tokens = nameTokens(name);
    const ids = index.bySpelling.get(tokens.join(' ')) ?? [];
    if (ids.length === 1 && ids[0] !== undefined) return { written: name, person: ids[0] };
    if (ids.length > 1)
      return { written: name, person: null, reason: 'ambiguous', candidates: [...ids] };
    if (tokens.length === 1 && tokens[0] !== undefined) {
      const result = resolveFirstName(tokens[0]);
      if (result && 'person' in result) return { written: name, person: result.person };
      if (result)
        return { written: name, person: null, reason: 'ambiguous', candidates: result.candidates };
    }
    return { written: name, person: null, reason: 'unknown' };
  };

  // Built on the first question: most meetings' notes never name a speaker by initials.
  let initials: Map<string, string[]> | undefined;
  const attendeesWithInitials = (letters: string): readonly string[] => {
    if (!options.attendees) return [];
    if (!initials) {
      initials = new Map();
      for (const id of options.attendees) {
        const person = index.byId.get(id);
        const tokens = person ? nameTokens(person.name) : [];
        if (tokens.length < 2) continue;
        const firstAndLast = `${tokens[0]![0]}${tokens.at(-1)![0]}`;
        for (const key of new Set([firstAndLast, tokens.map((t) => t[0]).join('')])) {
          const ids = initials.get(key) ?? [];
          if (!ids.includes(id)) ids.push(id);
          initials.set(key, ids);
        }
      }
    }
    return initials.get(foldNameToken(letters)) ?? [];
  };

  return { find, resolveName, attendeesWithInitials };
}
