import { notANameReason, parseAttendee } from '../../src/lib/people/attendee-string.ts';
import type { ArchiveJson } from '../../src/lib/archive/to-json.ts';
import { MAX_SLUG_LENGTH } from '../../src/lib/text/normalize.ts';

export interface PeopleCheck {
  /** GitHub handles seen in attendee lists, and the ones resolved to more than one person. */
  handles: number;
  splitHandles: string[];
  /** Attendee entries resolved to a person although they are not a name, with why. */
  notNames: string[];
  /** Person ids longer than the bound (they become file names). */
  longIds: string[];
}

/** One person per GitHub handle, and no person made of a sentence, URL or heading. */
export function checkPeople(archive: ArchiveJson): PeopleCheck {
  const peopleOf = new Map<string, Set<string>>();
  const notNames: string[] = [];
  for (const meeting of archive.meetings) {
    for (const attendee of meeting.attendees) {
      const parts = parseAttendee(attendee.name);
      if (parts.github !== undefined) {
        const handle = parts.github.toLowerCase();
        const ids = peopleOf.get(handle) ?? new Set<string>();
        ids.add(attendee.person ?? '(nobody)');
        peopleOf.set(handle, ids);
      }
      const why = parts.name === '' ? undefined : notANameReason(parts.name);
      if (attendee.person !== null && why !== undefined)
        notNames.push(`${meeting.id}: "${attendee.name}" (${why})`);
    }
  }
  for (const person of archive.people) {
    if (person.github === null) continue;
    const ids = peopleOf.get(person.github.toLowerCase());
    if (ids && !ids.has(person.id)) ids.add(person.id);
  }
  return {
    handles: peopleOf.size,
    splitHandles: [...peopleOf]
      .filter(([, ids]) => ids.size !== 1)
      .map(([handle, ids]) => `@${handle}: ${[...ids].join(', ')}`),
    notNames,
    longIds: archive.people.map((person) => person.id).filter((id) => id.length > MAX_SLUG_LENGTH),
  };
}
