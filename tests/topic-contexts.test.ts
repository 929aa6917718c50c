import { describe, expect, it } from 'vitest';
import { validateTopics } from '../src/lib/schema/topics.ts';
import { createTopicMatcher } from '../src/lib/topics/index.ts';

describe('topic context patterns', () => {
  const { records, issues } = validateTopics([
    {
      id: 'ring-buffer',
      name: 'Ring buffer',
      contexts: [{ term: 'queue', near: ['ring', 'wraparound'], window: 3 }],
    },
  ]);

  it('are read from the registry', () => {
    expect(issues).toEqual([]);
    expect(records[0]?.contexts).toEqual([
      { term: 'queue', near: ['ring', 'wraparound'], window: 3 },
    ]);
  });

  it('match the generic term only with a companion word close by', () => {
    const matcher = createTopicMatcher(records);
    expect(matcher.match('The ring holds the queue entries.').map((m) => m.id)).toEqual([
      'ring-buffer',
    ]);
    expect(matcher.match('The review queue is long again.')).toEqual([]);
    expect(
      matcher.match('The ring was discussed at length by everyone before the queue came up.'),
    ).toEqual([]);
  });

  it('report a context without companion words, with its path', () => {
    const bad = validateTopics([{ id: 'x', name: 'X', contexts: [{ term: 'y', near: [] }] }]);
    expect(bad.issues.map((issue) => issue.path)).toEqual([[0, 'contexts', 0, 'near']]);
  });
});

describe('name-drops', () => {
  it('are no mention: a topic named only as one of a list of examples', () => {
    const matcher = createTopicMatcher([
      { id: 'loader', name: 'Loader', description: '', aliases: [], related: [] },
    ]);
    const tag = (body: string) => matcher.tagSection({ heading: 'Roadmap', body });
    expect(tag('- Crates like parser, loader and allocator need owners.')).toEqual([]);
    expect(tag('- Areas such as loader, firmware, tests were listed.')).toEqual([]);
    expect(tag('- The loader now reports the failing entry.')).toEqual([
      { id: 'loader', kind: 'mention' },
    ]);
  });
});
