import type { ActionItem } from '../types.ts';
import { createTally } from './activity.ts';
import type { CountedId, Meeting } from './model.ts';

export interface MeetingActions {
  meeting: Meeting;
  actions: ActionItem[];
}

export interface ActionYear {
  year: number;
  meetings: MeetingActions[];
  count: number;
}

/**
 * Action items by year, then by meeting, newest first. One page per year keeps the actions pages
 * readable however long the archive grows.
 */
export function groupActionsByYear(
  actions: readonly ActionItem[],
  meetings: ReadonlyMap<string, Meeting>,
): ActionYear[] {
  const years = new Map<number, Map<string, MeetingActions>>();
  for (const action of actions) {
    const meeting = meetings.get(action.meeting);
    if (!meeting) continue;
    const byMeeting = years.get(meeting.year) ?? new Map<string, MeetingActions>();
    years.set(meeting.year, byMeeting);
    const group = byMeeting.get(meeting.id) ?? { meeting, actions: [] };
    byMeeting.set(meeting.id, group);
    group.actions.push(action);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, byMeeting]) => {
      const list = [...byMeeting.values()].sort((a, b) =>
        b.meeting.date.localeCompare(a.meeting.date),
      );
      return {
        year,
        meetings: list,
        count: list.reduce((sum, group) => sum + group.actions.length, 0),
      };
    });
}

/** Owners by number of action items; an item with several owners counts for each. */
export function countOwners(actions: readonly ActionItem[]): CountedId[] {
  const tally = createTally();
  for (const action of actions) for (const owner of new Set(action.owners)) tally.add(owner);
  return tally.list();
}
