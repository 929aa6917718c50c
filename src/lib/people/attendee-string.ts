/**
 * Reading one attendee entry as minutes write it, and telling a name from something that is not one.
 *
 * API
 * - `parseAttendee(written)` → `{ name, github?, email?, affiliation?, notes }`. Understands
 *   `Ada Lovelace (@ada)`, `Ada Lovelace @ada (Chair)`, `Ada Lovelace <ada@example.org>`,
 *   `[Ada Lovelace](mailto:ada@example.org)`, `[@ada](https://github.com/ada)`, `Ada Lovelace (Example Corp)`,
 *   `Ada Lovelace, Example Corp`, `Ada Lovelace (invited)`, `Ada Lovelace - joined at 16:23`.
 *   `name` is what is left for matching and display; the written string itself is never changed.
 * - `notANameReason(name)` → why the string cannot be a person's name (a sentence, a URL, a heading,
 *   digits…), or undefined when it can. Checked on `parseAttendee(...).name`.
 * - `MAX_NAME_LENGTH`: the longest string accepted as a name.
 */

import { isStructuralHeading } from '../text/headings.ts';

export interface AttendeeParts {
  /** The person's name without handle, email, roles, affiliation or arrival notes ("" when none is left). */
  name: string;
  /** GitHub user name without the `@`, as written. */
  github?: string;
  email?: string;
  /** An organisation written with the name ("Ada Lovelace (Example Corp)", "Ada Lovelace, Example Corp"). */
  affiliation?: string;
  /** Roles and notes that were taken off: "Chair", "invited", "joined at 16:23". */
  notes: string[];
}

/** Longer than any real name (the longest in the corpora is well under half of this). */
export const MAX_NAME_LENGTH = 60;
/** Names of more words than this are sentences ("Ana María de los Ángeles Pérez" has six). */
const MAX_NAME_WORDS = 6;

// GitHub user names: letters, digits and single hyphens, at most 39 characters.
const HANDLE = String.raw`[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}`;
const GITHUB_PROFILE_RE = new RegExp(
  String.raw`^https?://(?:www\.)?github\.com/(${HANDLE})/?$`,
  'iu',
);
const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
const MARKDOWN_LINK_RE = /\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/gu;
// "- joined at 16:23", "(joined late)", "left at 17:00", "from 16:10": when someone was there is not their name.
const PRESENCE_RE =
  /\s*(?:[-–—,;:]\s*|\b)(?:(?:joined|left|arrived|dropped(?:\s+off)?|from|until)\b(?:\s+(?:at|around|~))?(?:\s+(?:late|early|\d{1,2}[:.h]\d{2}(?:\s*[ap]m)?|\d{1,2}\s*[ap]m)))\s*$/iu;
// Parenthetical or bracketed notes: roles and affiliations.
const PAREN_RE = /\s*(?:\(([^()]*)(?:\)|$)|\[([^\][]*)(?:\]|$))/gu;
/** Words that describe what someone did at the meeting, not where they work. */
const ROLE_WORDS = new Set([
  'chair',
  'co-chair',
  'cochair',
  'host',
  'co-host',
  'facilitator',
  'moderator',
  'organizer',
  'organiser',
  'invited',
  'invitee',
  'guest',
  'observer',
  'presenter',
  'speaker',
  'scribe',
  'notes',
  'note-taker',
  'notetaker',
  'minutes',
  'secretary',
  'lead',
  'emeritus',
  'remote',
  'in-person',
  'online',
  'absent',
  'regrets',
  'late',
  'tentative',
  'optional',
  'taking',
  'note',
  'taker',
  'chairing',
]);

/** Splits one attendee entry into the name and what was written around it. */
export function parseAttendee(written: string): AttendeeParts {
  const found: Omit<AttendeeParts, 'name'> = { notes: [] };

  // Markdown links: a profile or mailto link says who; its text is the name as shown.
  let text = written.replace(MARKDOWN_LINK_RE, (_all, label: string, target: string) => {
    const profile = GITHUB_PROFILE_RE.exec(target);
    if (profile?.[1]) found.github ??= profile[1];
    const mail = /^mailto:(.+)$/iu.exec(target);
    if (mail?.[1]) found.email ??= mail[1];
    return label;
  });
  // Other URLs in angle brackets (a home page) say nothing about the name.
  text = text.replace(/<\s*(?:https?:\/\/|www\.)[^>]*>/giu, (url) => {
    found.notes.push(url.slice(1, -1).trim());
    return ' ';
  });
  text = text.replace(/\s+/gu, ' ').trim();

  // "MB: Myles Borins": the speaker initials the notes use for this person.
  const initials = /^(\p{Lu}{1,4}):\s+(?=\S)/u.exec(text);
  if (initials?.[1]) {
    found.notes.push(initials[1]);
    text = text.slice(initials[0].length);
  }

  const presence = PRESENCE_RE.exec(text);
  if (presence) {
    found.notes.push(presence[0].replace(/^[\s\-–—,;:]+/u, '').trim());
    text = text.slice(0, presence.index);
  }

  // The name is what precedes the handle or email; what follows describes the person.
  const marker = IDENTITY_RE.exec(text);
  const head = marker ? text.slice(0, marker.index) : text;
  let tail = marker ? text.slice(marker.index) : '';
  tail = takeIdentities(tail, found);

  let name = takeNotes(head, found);
  // "Ada Lovelace, Example Corp" / "Ada Lovelace - Example Corp" / "Ada Lovelace | Example Corp".
  const separated = /^(.*?\S)\s*(?:,|\s[-–—|]\s)\s*(.+)$/u.exec(name);
  if (separated?.[1] && separated[2]) {
    noteOrAffiliation(separated[2], found);
    name = separated[1];
  }
  const rest = clean(takeNotes(tail, found));
  if (rest !== '') noteOrAffiliation(rest, found);

  return { name: clean(name), ...found };
}

// A handle or email in any bracket, closed or not ("(@ada)", "<@ada>", "{@ada)", "(@ada"), or bare.
const IDENTITY_RE = new RegExp(
  String.raw`[([{<]\s*@${HANDLE}\s*[)\]}>]?|[([{<]\s*(?:mailto:)?${EMAIL}\s*[)\]}>]?|(?:^|(?<=\s))@${HANDLE}(?=$|[\s),;:\]}>])|(?:mailto:)?${EMAIL}`,
  'iu',
);

/** Takes every handle and email out of `text`, recording the first of each. */
function takeIdentities(text: string, found: Omit<AttendeeParts, 'name'>): string {
  let rest = text;
  for (let match = IDENTITY_RE.exec(rest); match; match = IDENTITY_RE.exec(rest)) {
    const email = new RegExp(EMAIL, 'iu').exec(match[0]);
    if (email) found.email ??= email[0];
    else {
      const handle = new RegExp(`@(${HANDLE})`, 'u').exec(match[0])?.[1];
      if (handle) found.github ??= handle;
    }
    rest = `${rest.slice(0, match.index)} ${rest.slice(match.index + match[0].length)}`;
  }
  return rest;
}

/** Takes parenthetical and bracketed notes out of `text`: handles, emails, roles, affiliations. */
function takeNotes(text: string, found: Omit<AttendeeParts, 'name'>): string {
  return text.replace(PAREN_RE, (_all, round: string | undefined, square: string | undefined) => {
    for (const part of (round ?? square ?? '').split(/[,;/]/u)) {
      const note = part.trim();
      if (note === '') continue;
      if (takeIdentities(note, found).trim() === '') continue;
      if (PRESENCE_RE.test(` ${note}`)) found.notes.push(note);
      else noteOrAffiliation(note, found);
    }
    return ' ';
  });
}

function noteOrAffiliation(text: string, found: Omit<AttendeeParts, 'name'>): void {
  const note = clean(text);
  if (note === '') return;
  if (isRole(note) || found.affiliation !== undefined) found.notes.push(note);
  else found.affiliation = note;
}

function clean(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/^[\s,;:\-–—|*]+|[\s,;:\-–—|*]+$/gu, '')
    .trim();
}

function isRole(note: string): boolean {
  const words = note
    .toLowerCase()
    .split(/[\s,]+/u)
    .filter((word) => word !== '' && !['and', 'the', 'of', '&'].includes(word));
  return words.length > 0 && words.every((word) => ROLE_WORDS.has(word.replace(/[.:]$/u, '')));
}

/**
 * Lower-case words that occur in sentences and never inside a person's name. Name particles ("de",
 * "van", "von", "da", "bin", "al", "la", "le") are deliberately not here.
 */
const SENTENCE_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'should',
  'could',
  'can',
  'may',
  'must',
  'not',
  'no',
  'to',
  'of',
  'for',
  'with',
  'without',
  'in',
  'on',
  'at',
  'by',
  'as',
  'from',
  'about',
  'into',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'we',
  'our',
  'you',
  'your',
  'they',
  'their',
  'he',
  'she',
  'his',
  'her',
  'i',
  'if',
  'when',
  'which',
  'who',
  'what',
  'how',
  'there',
  'here',
  'all',
  'some',
  'any',
  'also',
  'do',
  'does',
  'did',
  'see',
  'tbd',
  'none',
  'n/a',
]);
/** What minutes write where no names are known yet, in any case ("TBD", "None"). */
const PLACEHOLDERS = new Set([
  'tbd',
  'tba',
  'none',
  'nobody',
  'todo',
  'n/a',
  'na',
  'unknown',
  'various',
]);
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'we',
  'this',
  'that',
  'it',
  'there',
  'these',
  'those',
  'our',
]);
// Letters, and the marks names carry: apostrophes, hyphens, initials' dots, a nickname's quotes.
const ALLOWED_NAME_RE = /^[\p{L}\p{M}‘“"'][\p{L}\p{M}'’‘“”".\- ]*$/u;
/** Words that name a group of people or an organisation, never one person. */
const GROUP_WORDS = new Set(
  (
    'foundation board team teams group groups committee council maintainers members directors ' +
    'inc corp corporation ltd llc gmbh university project projects staff everyone everybody ' +
    'community organisation organization company department attendees participants'
  ).split(' '),
);
const URL_RE = /(?:^|\s)(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S/iu;
// An initial or an abbreviation ends in a dot ("J.", "Jr.", "St."); any other dot followed by more text ends a sentence.
const SENTENCE_BREAK_RE = /\p{L}{4,}[.!?]\s+\S/u;

/** Why `name` (the result of `parseAttendee`) is not a person's name, or undefined when it may be one. */
export function notANameReason(name: string): string | undefined {
  const text = name.trim();
  if (text === '') return 'no name is left once handle, email and roles are taken off';
  if (URL_RE.test(text)) return 'it is a URL';
  if (/^#{1,6}\s/u.test(text) || /:$/u.test(text) || isStructuralHeading(text))
    return 'it is a heading';
  if (text.length > MAX_NAME_LENGTH) return `it is longer than ${MAX_NAME_LENGTH} characters`;
  if (/\d/u.test(text)) return 'it contains digits';
  if (!ALLOWED_NAME_RE.test(text)) return 'it contains characters names do not have';
  const words = text.split(' ');
  if (words.length > MAX_NAME_WORDS) return `it has more than ${MAX_NAME_WORDS} words`;
  if (words.some((word) => GROUP_WORDS.has(word.toLowerCase().replace(/[.]$/u, ''))))
    return 'it names a group, not a person';
  if (SENTENCE_BREAK_RE.test(text)) return 'it is a sentence';
  if (words.length === 1 && PLACEHOLDERS.has(text.toLowerCase().replace(/[.!]$/u, '')))
    return 'it is a placeholder, not a name';
  if (words.some((word) => SENTENCE_WORDS.has(word))) return 'it is a sentence';
  // A sentence may start with a capital: "The notes follow", "We met".
  if (words.length > 1 && SENTENCE_OPENERS.has(words[0]?.toLowerCase() ?? ''))
    return 'it is a sentence';
  return undefined;
}
