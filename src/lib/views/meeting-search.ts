/**
 * What a meeting page tells the search index, which reads it back from the built page
 * (src/lib/search/meeting-record.ts): on the meeting's article its title, date and series; on each
 * section what it is about and the other spellings it should be found by. Readers never see it.
 */
import type { Archive, Meeting, MeetingSection } from '../archive/model.ts';
import { formatDate } from '../dates.ts';
import { searchDataAttribute } from '../search/meeting-record.ts';
import { sectionSearchTerms } from '../search/section-terms.ts';

export type MeetingSearchArchive = Pick<Archive, 'peopleById' | 'topicsById'>;

/** The `data-search-meeting` value of the meeting's article. */
export function meetingSearch(meeting: Meeting): string {
  return searchDataAttribute({
    title: meeting.title,
    date: formatDate(meeting.date),
    sort: meeting.date,
    year: String(meeting.year),
    series: meeting.series,
  });
}

/** The `data-search-section` value of the text before the first section. */
export function preambleSearch(meeting: Meeting): string {
  return searchDataAttribute({
    anchor: null,
    parent: null,
    heading: meeting.title,
    topics: [],
    people: [],
    terms: sectionSearchTerms({
      headingHtml: '',
      html: meeting.preambleHtml,
      people: [],
      topics: [],
    }),
  });
}

/** The `data-search-section` value of a section: its topics, its people and its extra words. */
export function sectionSearch(section: MeetingSection, archive: MeetingSearchArchive): string {
  // `page: false` people are neither a filter nor findable by their registry spellings: no search
  // gathers the sections about them (the text as written stays searchable).
  const people = section.people
    .flatMap((id) => archive.peopleById.get(id) ?? [])
    .filter((person) => person.page);
  const topics = section.topics.flatMap((tag) => archive.topicsById.get(tag.id) ?? []);
  return searchDataAttribute({
    anchor: section.anchor,
    parent: section.parent ?? null,
    heading: section.heading,
    topics: topics.map((topic) => topic.name),
    people: people.map((person) => person.name),
    terms: sectionSearchTerms({
      headingHtml: section.headingHtml,
      html: section.html,
      people: people.map((person) => ({
        name: person.name,
        aliases: [...person.aliases, ...person.spellings],
      })),
      topics,
    }),
  });
}
