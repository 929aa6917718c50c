import type { SiteUrls } from '../urls.ts';
import type { Meeting, MeetingSection, SectionLink } from './model.ts';

/** What a timeline or a person page needs to link to one section of one meeting. */
export function toSectionLink(
  meeting: Meeting,
  section: MeetingSection,
  urls: SiteUrls,
): SectionLink {
  return {
    meeting: meeting.id,
    anchor: section.anchor,
    url: urls.meeting(meeting.id, section.anchor),
    date: meeting.date,
    title: meeting.title,
    heading: section.heading,
  };
}
