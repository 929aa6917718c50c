import type { PeopleIndex } from '../people/people-index.ts';
import type { ActionItem } from '../types.ts';
import type { SiteUrls } from '../urls.ts';
import { archiveMonths, countByMonth, createTally } from './activity.ts';
import { toSectionLink } from './section-link.ts';
import type { Meeting, Person, PersonMention } from './model.ts';

export interface PeopleInput {
  index: PeopleIndex;
  meetings: readonly Meeting[];
  /** Oldest first, as found. */
  actions: readonly ActionItem[];
  spellings: ReadonlyMap<string, ReadonlySet<string>>;
  pageless: ReadonlySet<string>;
  urls: SiteUrls;
}

interface Trail {
  attended: Meeting[];
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
  pageless,
  urls,
}: PeopleInput): Person[] {
  const trails = new Map<string, Trail>();
  const trailOf = (id: string) => {
    let trail = trails.get(id);
    if (!trail) {
      trail = { attended: [], mentions: [], actions: [], topics: createTally() };
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
        trail.mentions.push({
          ...toSectionLink(meeting, section, urls),
          bullets: section.bulletsByPerson[id] ?? [],
        });
        for (const tag of section.topics) trail.topics.add(tag.id);
      }
    }
  }
  for (const action of actions) {
    for (const id of new Set([...(action.owner ? [action.owner] : []), ...action.owners]))
      trailOf(id).actions.push(action);
  }

  const months = archiveMonths(meetings);
  const created = new Set(index.createdIds);
  return [...index.byId.values()]
    .map((record): Person => {
      const trail = trailOf(record.id);
      const seen = trail.attended.length + trail.mentions.length + trail.actions.length > 0;
      return {
        ...record,
        url: record.page && !pageless.has(record.id) && seen ? urls.person(record.id) : null,
        generated: created.has(record.id),
        spellings: [...(spellings.get(record.id) ?? [])].sort(),
        attended: trail.attended.map((meeting) => meeting.id),
        firstSeen: trail.attended[0]?.date,
        lastSeen: trail.attended.at(-1)?.date,
        attendance: trail.attended.length > 0 ? countByMonth(months, trail.attended) : [],
        mentions: trail.mentions,
        actions: [...trail.actions].reverse(),
        topics: trail.topics.list(),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
