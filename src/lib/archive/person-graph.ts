import type { PeopleIndex } from '../people/people-index.ts';
import type { ActionItem } from '../types.ts';
import type { SiteUrls } from '../urls.ts';
import { archiveMonths, createTally, personMonths } from './activity.ts';
import { toSectionLink } from './section-link.ts';
import type { Meeting, Person, PersonMention } from './model.ts';

export interface PeopleInput {
  index: PeopleIndex;
  meetings: readonly Meeting[];
  /** Oldest first, as found. */
  actions: readonly ActionItem[];
  spellings: ReadonlyMap<string, ReadonlySet<string>>;
  urls: SiteUrls;
}

interface Trail {
  attended: Meeting[];
  /** Meetings whose text names the person, in the order met (oldest first). */
  named: Set<Meeting>;
  mentions: PersonMention[];
  actions: ActionItem[];
  topics: ReturnType<typeof createTally>;
}

/** Each person's history: meetings attended, sections naming them, their action items and topics. */
export function assemblePeople({
  index,
  meetings,
  actions,
  spellings,
  urls,
}: PeopleInput): Person[] {
  const trails = new Map<string, Trail>();
  const trailOf = (id: string) => {
    let trail = trails.get(id);
    if (!trail) {
      trail = { attended: [], named: new Set(), mentions: [], actions: [], topics: createTally() };
      trails.set(id, trail);
    }
    return trail;
  };

  for (const meeting of meetings) {
    for (const id of new Set(
      meeting.attendees.flatMap((attendee) => (attendee.person ? [attendee.person] : [])),
    )) {
      trailOf(id).attended.push(meeting);
    }
    for (const section of meeting.sections) {
      for (const id of section.people) {
        const trail = trailOf(id);
        trail.named.add(meeting);
        trail.mentions.push({
          ...toSectionLink(meeting, section, urls),
          bullets: section.bulletsByPerson[id] ?? [],
          topics: section.topics.map((tag) => tag.id),
        });
        for (const tag of section.topics) trail.topics.add(tag.id);
      }
    }
  }
  const meetingById = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  for (const action of actions) {
    const meeting = meetingById.get(action.meeting);
    for (const id of new Set([...(action.owner ? [action.owner] : []), ...action.owners])) {
      const trail = trailOf(id);
      trail.actions.push(action);
      if (meeting) trail.named.add(meeting);
    }
  }

  const months = archiveMonths(meetings);
  return [...index.byId.values()]
    .map((record): Person => {
      const trail = trailOf(record.id);
      // Later minutes often have no attendee list, so "last seen" counts any appearance.
      const appeared = new Set([...trail.attended, ...trail.named]);
      const seenIn = meetings.filter((meeting) => appeared.has(meeting));
      const seen = seenIn.length > 0;
      return {
        ...record,
        url: record.page && seen ? urls.person(record.id) : null,
        spellings: [...(spellings.get(record.id) ?? [])].sort(),
        attended: trail.attended.map((meeting) => meeting.id),
        namedIn: meetings.filter((meeting) => trail.named.has(meeting)).map((m) => m.id),
        firstSeen: seenIn[0]?.date,
        lastSeen: seenIn.at(-1)?.date,
        activity: seen ? personMonths(months, meetings, appeared, new Set(trail.attended)) : [],
        mentions: trail.mentions,
        actions: [...trail.actions].reverse(),
        topics: trail.topics.list(),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Who has a page: the one rule for every count and list of people (the home page, /people/, the
 * person pages). A person has a page when they agreed to one (`page`) and the minutes name them.
 */
function hasPage<P extends Pick<Person, 'url'>>(person: P): person is P & { url: string } {
  return person.url !== null;
}

export function peopleWithPages<P extends Pick<Person, 'url'>>(
  people: readonly P[],
): Array<P & { url: string }> {
  return people.filter(hasPage);
}
