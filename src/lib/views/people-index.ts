import type { Archive, Person } from '../archive/model.ts';
import { peopleWithPages } from '../archive/person-graph.ts';

export interface PeopleRow {
  person: Person & { url: string };
  attended: number;
  namedIn: number;
}

/**
 * Everyone with a page, most recently seen first: later minutes often have no attendee list, so
 * sorting by attendance would bury the people active now. Ties by how often they appear, then name.
 */
export function listPeople(archive: Pick<Archive, 'people'>): PeopleRow[] {
  return peopleWithPages(archive.people)
    .map((person) => ({
      person,
      attended: person.attended.length,
      namedIn: person.namedIn.length,
    }))
    .sort(
      (a, b) =>
        (b.person.lastSeen ?? '').localeCompare(a.person.lastSeen ?? '') ||
        b.attended + b.namedIn - (a.attended + a.namedIn) ||
        a.person.name.localeCompare(b.person.name),
    );
}
