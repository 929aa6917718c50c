/**
 * People: registry index, attendee resolution and finding names in text.
 * See `people-index.ts` and `name-finder.ts` for the rules.
 */
export {
  attendeeNotAName,
  createFirstNameIndex,
  createPeopleIndex,
  firstNamesOf,
  resolveAttendee,
  type FirstNameIndex,
  type PeopleIndex,
  type ResolvedAttendee,
} from './people-index.ts';
export {
  createNameFinder,
  type NameFinder,
  type NameFinderOptions,
  type NameMatch,
} from './name-finder.ts';
