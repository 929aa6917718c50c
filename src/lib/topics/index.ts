/** Topics: matching spellings and patterns in text, and tagging sections. See `topic-matcher.ts`. */
export {
  createTopicMatcher,
  patternSource,
  tagSection,
  type SectionText,
  type SectionTopics,
  type TopicMatch,
  type TopicMatcher,
} from './topic-matcher.ts';
