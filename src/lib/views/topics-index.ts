import type { Topic } from '../archive/model.ts';

export interface TopicList<T> {
  /** Most discussed first (by meetings), ties by name. */
  discussed: T[];
  /** Topics no meeting discussed yet, by name. */
  quiet: T[];
}

/** The topics as the home page and /topics/ list them: one order for both. */
export function listTopics<T extends Pick<Topic, 'meetingCount' | 'name'>>(
  topics: readonly T[],
): TopicList<T> {
  const sorted = [...topics].sort(
    (a, b) => b.meetingCount - a.meetingCount || a.name.localeCompare(b.name),
  );
  return {
    discussed: sorted.filter((topic) => topic.meetingCount > 0),
    quiet: sorted.filter((topic) => topic.meetingCount === 0),
  };
}
