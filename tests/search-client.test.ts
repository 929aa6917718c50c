import { describe, expect, it } from 'vitest';
import { toSearchHit, sanitiseExcerpt } from '../src/scripts/search/hits.ts';
import { encodeSectionTags } from '../src/lib/search/section-tags.ts';
import { hideOneLetterWords } from '../src/lib/search/one-letter-words.ts';
import type {
  FilterCounts,
  PagefindApi,
  PagefindResult,
  PagefindResultData,
  PagefindSearch,
  PagefindSubResult,
  SearchOptions,
} from '../src/scripts/search/pagefind.ts';
import { countResults, searchWords } from '../src/scripts/search/query-runner.ts';
import {
  parseSearchState,
  serialiseSearchState,
  toPagefindOptions,
  toResultOptions,
  withMeetingCount,
} from '../src/scripts/search/search-state.ts';

function sub(anchor: string, title: string, score: number): PagefindSubResult {
  return {
    title,
    url: `/meetings/2024-05-22-development-call/?highlight=rsa#${anchor}`,
    excerpt: `… the <mark>RSA</mark> key in ${title} …`,
    anchor: { element: 'h3', id: anchor, location: 0 },
    weighted_locations: [{ weight: 1, balanced_score: score, location: 0 }],
  };
}

const meetingResult: PagefindResultData = {
  url: '/meetings/2024-05-22-development-call/?highlight=rsa',
  excerpt: 'page excerpt',
  meta: {
    title: 'Development Call (May 22nd, 2024)',
    date: '22 May 2024',
  },
  filters: { type: ['Meeting'] },
  sub_results: [
    sub('virtio-block-follow-up', 'VirtIO Block follow-up', 1),
    sub('attestation-driver-and-proxy', 'Attestation driver and proxy', 9),
  ],
};

describe('search URL state', () => {
  it('round-trips query, filters and sort through the URL, so a search can be shared', () => {
    const state = parseSearchState(
      new URLSearchParams('q=+rsa+key&topic=VirtIO-Blk&topic=IGVM&year=2024&sort=oldest&bogus=1'),
    );
    expect(state).toEqual({
      q: 'rsa key',
      sort: 'oldest',
      filters: { type: [], topic: ['VirtIO-Blk', 'IGVM'], person: [], year: ['2024'], series: [] },
    });
    expect(serialiseSearchState(state).toString()).toBe(
      'q=rsa+key&topic=VirtIO-Blk&topic=IGVM&year=2024&sort=oldest',
    );
  });

  it('narrows by every chosen topic, accepts any chosen year, and browses newest first without a query', () => {
    const state = parseSearchState(
      new URLSearchParams('topic=VirtIO-Blk&topic=IGVM&year=2024&year=2025'),
    );
    expect(toPagefindOptions(state)).toEqual({
      filters: { topic: { all: ['VirtIO-Blk', 'IGVM'] }, year: { any: ['2024', '2025'] } },
      sort: { date: 'desc' },
    });
  });
});

describe('result types', () => {
  const state = (type: string[]) =>
    parseSearchState(new URLSearchParams(type.map((value) => ['type', value])));

  it('lists meetings as what is not a topic or person page, so meetings need no type value', () => {
    expect(toResultOptions(state([])).filters).toEqual({
      not: { type: { any: ['Topic', 'Person'] } },
    });
    expect(toResultOptions(state(['Meeting', 'Topic'])).filters).toEqual({
      not: { type: { any: ['Person'] } },
    });
    expect(toResultOptions(state(['Person'])).filters).toEqual({ type: { any: ['Person'] } });
    expect(toResultOptions(state(['Meeting', 'Topic', 'Person'])).filters).toEqual({});
  });

  it('counts the meetings as the results that are no topic or person page', () => {
    expect(withMeetingCount({ Topic: 2, Person: 3 }, 12)).toEqual({
      Meeting: 7,
      Topic: 2,
      Person: 3,
    });
  });
});

describe('search hits', () => {
  it('points a hit at the best-matching section, not the first one on the page', () => {
    const hit = toSearchHit(meetingResult);
    expect(hit.section).toBe('Attestation driver and proxy');
    expect(hit.url).toBe(
      '/meetings/2024-05-22-development-call/?highlight=rsa#attestation-driver-and-proxy',
    );
    expect(hit.otherSections.map((other) => other.title)).toEqual(['VirtIO Block follow-up']);
  });

  it('with a topic chosen, lands on a section about it, even when another matches the words better', () => {
    const tags = (
      anchor: string,
      topics: string[],
      location: number,
      parent: string | null = null,
    ) => ({
      element: 'span',
      id: encodeSectionTags({ anchor, parent, topics, people: [] }),
      text: '',
      location,
    });
    const tagged: PagefindResultData = {
      ...meetingResult,
      content:
        'Development Call. VirtIO Block follow-up. the block driver is merged. Attestation …',
      anchors: [
        {
          element: 'h3',
          id: 'virtio-block-follow-up',
          text: 'VirtIO Block follow-up',
          location: 2,
        },
        tags('virtio-block-follow-up', ['VirtIO-Blk'], 5),
        {
          element: 'h3',
          id: 'attestation-driver-and-proxy',
          text: 'Attestation driver and proxy',
          location: 10,
        },
        tags('attestation-driver-and-proxy', ['Attestation'], 14),
      ],
    };
    expect(toSearchHit(tagged).section).toBe('Attestation driver and proxy');
    const focused = toSearchHit(tagged, { topics: ['VirtIO-Blk'], people: [] });
    expect(focused.section).toBe('VirtIO Block follow-up');
    expect(focused.meeting).toBe('Development Call (May 22nd, 2024)');
    expect(focused.otherSections).toEqual([]);
    expect(focused.inFocus).toBe(true);
    // The words only in a section about something else: the meeting has the topic and the words, so
    // it is a result (the topic's facet counted it) and lands where the words are.
    const elsewhere = toSearchHit(
      { ...tagged, sub_results: tagged.sub_results.slice(1) },
      { topics: ['VirtIO-Blk'], people: [] },
    );
    expect(elsewhere.inFocus).toBe(false);
    expect(elsewhere.section).toBe('Attestation driver and proxy');
    expect(elsewhere.url).toBe(
      '/meetings/2024-05-22-development-call/?highlight=rsa#attestation-driver-and-proxy',
    );
    // Browsing by the topic alone (no words, so no sub-results): its first section, with its opening.
    const browsed = toSearchHit(
      { ...tagged, url: '/meetings/2024-05-22-development-call/', sub_results: [] },
      { topics: ['VirtIO-Blk'], people: [] },
    );
    expect(browsed.url).toBe('/meetings/2024-05-22-development-call/#virtio-block-follow-up');
    expect(browsed.excerpt).toBe('the block driver is merged. Attestation …');
    expect(browsed.inFocus).toBe(true);
  });

  it('writes back the one-letter words the index text holds as stand-ins', () => {
    const hit = toSearchHit({
      ...meetingResult,
      sub_results: [
        {
          ...sub('attestation-driver-and-proxy', 'Attestation driver and proxy', 9),
          excerpt: hideOneLetterWords('I think a <mark>key</mark> is needed'),
        },
      ],
    });
    expect(hit.excerpt).toBe('I think a <mark>key</mark> is needed');
  });

  it('keeps Pagefind highlighting and neutralises any other markup in excerpts', () => {
    expect(sanitiseExcerpt('a <mark>key</mark> <img src=x onerror=alert(1)>')).toBe(
      'a <mark>key</mark> &lt;img src=x onerror=alert(1)>',
    );
  });
});

/**
 * An in-memory stand-in for Pagefind with its semantics: a record matches when it has every word of
 * the query, filters narrow (`all` / `any`, `not`), and `filters` counts the matches' values.
 */
function fakePagefind(records: { words: string[]; topic: string[]; year: string }[]): PagefindApi {
  const matchesFilters = (
    record: (typeof records)[number],
    filters: SearchOptions['filters'] = {},
  ): boolean =>
    Object.entries(filters).every(([key, wanted]) => {
      if (key === 'not') return !matchesFilters(record, wanted as SearchOptions['filters']);
      const values = key === 'year' ? [record.year] : key === 'topic' ? record.topic : [];
      if (typeof wanted === 'string') return values.includes(wanted);
      if (Array.isArray(wanted) || 'all' in wanted)
        return (Array.isArray(wanted) ? wanted : (wanted.all as string[])).every((value) =>
          values.includes(value),
        );
      return (wanted.any as string[]).some((value) => values.includes(value));
    });
  const search = (term: string | null, options: SearchOptions = {}): Promise<PagefindSearch> => {
    const words = term === null ? [] : term.split(' ').filter(Boolean);
    const hits = records
      .map((record, at) => ({ record, at }))
      .filter(
        ({ record }) =>
          words.every((word) => record.words.includes(word)) &&
          matchesFilters(record, options.filters),
      );
    const filters: FilterCounts = { topic: {}, year: {} };
    for (const { record } of hits) {
      for (const topic of record.topic)
        filters['topic']![topic] = (filters['topic']![topic] ?? 0) + 1;
      filters['year']![record.year] = (filters['year']![record.year] ?? 0) + 1;
    }
    const results: PagefindResult[] = hits.map(({ record, at }) => ({
      id: String(at),
      score: words.filter((word) => record.words.includes(word)).length,
      data: () =>
        Promise.resolve({
          url: `/r${at}/`,
          excerpt: '',
          content: record.words.join(' '),
          meta: { title: `r${at}` },
          filters: { topic: record.topic, year: [record.year] },
          sub_results: [],
        }),
    }));
    return Promise.resolve({
      results,
      unfilteredResultCount: results.length,
      filters,
      totalFilters: filters,
    });
  };
  return {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    search,
    debouncedSearch: search,
    filters: () => search(null).then((all) => all.filters),
    preload: () => Promise.resolve(),
  };
}

describe('facet counts', () => {
  // Four words no record has together; records have two or three of them, topics and years vary.
  const records = [
    { words: ['attestation', 'key', 'rotation'], topic: ['vTPM'], year: '2024' },
    { words: ['attestation', 'key', 'policy'], topic: ['vTPM', 'SVSM'], year: '2025' },
    { words: ['key', 'rotation', 'policy'], topic: ['SVSM'], year: '2025' },
    { words: ['attestation', 'rotation'], topic: ['IGVM'], year: '2024' },
    { words: ['key', 'policy'], topic: ['vTPM'], year: '2023' },
    { words: ['unrelated'], topic: ['vTPM'], year: '2025' },
  ];
  const pagefind = fakePagefind(records);
  /** What choosing a topic gives: the results of the same search with the topic chosen. */
  const resultsWithTopic = async (raw: string, topic: string) =>
    (await searchWords(pagefind, raw, { filters: { topic: { all: [topic] } } }, 10)).results.length;

  it('gives beside each topic the number of results choosing it gives, when most of the words are merged', async () => {
    const search = await searchWords(pagefind, 'attestation key rotation policy', {}, 10);
    expect(search.notes.map((note) => note.kind)).toEqual(['most-words']);
    // Three of the four leave-one-out queries match (records 0, 1, 2); the merged list has all three.
    expect(search.results.map((result) => result.id).sort()).toEqual(['0', '1', '2']);
    // Before, the counts were those of the largest single query (one record per topic).
    expect(search.filters['topic']).toEqual({ vTPM: 2, SVSM: 2 });
    for (const topic of ['vTPM', 'SVSM'])
      expect(await resultsWithTopic('attestation key rotation policy', topic)).toBe(
        search.filters['topic']![topic],
      );
  });

  it('stops a superseded search before it downloads its results’ records', async () => {
    let read = 0;
    const counting: PagefindApi = {
      ...pagefind,
      search: async (term, options) => {
        const search = await pagefind.search(term, options);
        return {
          ...search,
          results: search.results.map((result) => ({
            ...result,
            data: () => {
              read++;
              return result.data();
            },
          })),
        };
      },
    };
    const controller = new AbortController();
    const searching = searchWords(counting, 'key', {}, 10, controller.signal);
    // The reader types on while the first search runs.
    controller.abort();
    await expect(searching).rejects.toThrow();
    expect(read).toBe(0);
    // Not superseded, the same search reads the best results to check their words.
    await searchWords(counting, 'key', {}, 10, new AbortController().signal);
    expect(read).toBeGreaterThan(0);
  });

  it('counts the union of overlapping queries once per record', async () => {
    // Each word alone: records have several of them, so the single-word results overlap.
    const queries = [['attestation'], ['rotation'], ['policy']];
    const counts = await countResults(pagefind, queries, {});
    const union = new Set(
      records.flatMap((record, at) =>
        queries.some((query) => query.every((word) => record.words.includes(word))) ? [at] : [],
      ),
    );
    expect(counts.total).toBe(union.size);
    const byYear: Record<string, number> = {};
    for (const at of union) byYear[records[at]!.year] = (byYear[records[at]!.year] ?? 0) + 1;
    expect(counts.filters['year']).toEqual({ ...{ '2023': 0, '2024': 0, '2025': 0 }, ...byYear });
    // With a filter, the same holds among the filtered records.
    const filtered = await countResults(pagefind, queries, {
      filters: { year: { any: ['2025'] } },
    });
    expect(filtered.total).toBe(byYear['2025']);
  });

  /** `pagefind`, counting its searches, and failing once a search runs far more of them than needed. */
  const countingSearches = (inner: PagefindApi, limit: number) => {
    const counter = { searches: 0 };
    const api: PagefindApi = {
      ...inner,
      search: (term, options) => {
        if (++counter.searches > limit) throw new Error(`more than ${limit} searches`);
        return inner.search(term, options);
      },
    };
    return { api, counter };
  };
  // Twenty words, each record has three neighbours of them: no record has them all or all but one,
  // and the single words' results overlap.
  const many = Array.from({ length: 20 }, (_, at) => `w${at}`);
  const overlapping = fakePagefind(
    many.map((_, at) => ({ words: many.slice(at, at + 3), topic: ['SVSM'], year: '2025' })),
  );

  it('answers a twenty-word query with a bounded number of searches', async () => {
    const { api, counter } = countingSearches(overlapping, 100);
    const search = await searchWords(api, many.join(' '), {}, 10);
    expect(search.notes.map((note) => note.kind)).toContain('most-words');
    expect(search.results.length).toBeGreaterThan(0);
    // Counting the union of twenty overlapping word lists exactly would take thousands of searches.
    const counted = countingSearches(overlapping, 100);
    const counts = await countResults(
      counted.api,
      many.map((word) => [word]),
      {},
    );
    expect(counted.counter.searches).toBeLessThanOrEqual(20);
    expect(counts.total).toBe(3);
    expect(counter.searches).toBeLessThanOrEqual(100);
  });

  it('stops counting when the search is superseded', async () => {
    const controller = new AbortController();
    let searches = 0;
    const aborting: PagefindApi = {
      ...pagefind,
      search: (term, options) => {
        searches++;
        // The reader types on while the first count runs.
        controller.abort();
        return pagefind.search(term, options);
      },
    };
    const queries = [['attestation'], ['rotation'], ['policy']];
    await expect(countResults(aborting, queries, {}, controller.signal)).rejects.toThrow();
    expect(searches).toBe(1);
  });
});
