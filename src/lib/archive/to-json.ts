import type { TopicKind, TopicTag } from '../types.ts';
import type { Archive } from './model.ts';

/** A section's topic; `terms` only for a topic it never names, the terms that related it. */
function tagJson(tag: TopicTag): { id: string; kind: TopicKind; terms?: string[] | undefined } {
  return { id: tag.id, kind: tag.kind, ...(tag.terms ? { terms: tag.terms } : {}) };
}

/**
 * The machine-readable archive (`archive.json`): the whole graph with ids instead of object links,
 * documented in the README and checked against `archiveJsonSchema` in the tests. URLs carry the base path.
 */
export function toArchiveJson(archive: Archive) {
  // `page: false` people asked not to have their history gathered in one place, and an id in every
  // meeting that names them would gather it for any reader of this file: their names stay as written
  // (attendee names, action texts), but no meeting links to them.
  const gathered = new Set(archive.people.filter((person) => person.page).map((p) => p.id));
  const linked = (id: string | null) => (id !== null && gathered.has(id) ? id : null);
  return {
    meetings: archive.meetings.map((meeting) => ({
      id: meeting.id,
      date: meeting.date,
      title: meeting.title,
      series: meeting.series,
      url: meeting.url,
      attendees: meeting.attendees.map((attendee) => ({
        name: attendee.name,
        person: linked(attendee.person),
      })),
      sections: meeting.sections.map((section) => ({
        anchor: section.anchor,
        heading: section.heading,
        topics: section.topics.map(tagJson),
        people: section.people.filter((id) => gathered.has(id)),
        actions: section.actions.map((action) => ({
          owner: linked(action.owner),
          text: action.text,
          next: (action.next ?? []).map((link) => ({ meeting: link.meeting, anchor: link.anchor })),
        })),
        suggestions: section.suggestions.map((s) => ({ owner: linked(s.owner), text: s.text })),
        decisions: section.decisions,
      })),
    })),
    people: archive.people.map((person) => ({
      id: person.id,
      name: person.name,
      aliases: person.aliases,
      github: person.github ?? null,
      url: person.url,
      attended: person.page ? person.attended : [],
    })),
    topics: archive.topics.map((topic) => ({
      id: topic.id,
      name: topic.name,
      url: topic.url,
      sections: topic.entries.map((entry) => ({
        meeting: entry.meeting,
        anchor: entry.anchor,
        kind: entry.kind,
      })),
      decisions: topic.decisions.map((decision) => ({
        meeting: decision.meeting,
        anchor: decision.section,
        text: decision.text,
      })),
    })),
    unresolved: archive.unresolved.map((name) => ({
      name: name.name,
      meeting: name.meeting,
      reason: name.reason,
    })),
  };
}

export type ArchiveJson = ReturnType<typeof toArchiveJson>;
