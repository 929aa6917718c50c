import { describe, expect, it } from 'vitest';
import { toSearchHit, sanitiseExcerpt } from '../src/scripts/search/hits.ts';
import { encodeSectionTags } from '../src/lib/search/section-tags.ts';
import type { PagefindResultData, PagefindSubResult } from '../src/scripts/search/pagefind.ts';
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
    // The words only in a section about something else: the meeting is no hit for the topic.
    const elsewhere = toSearchHit(
      { ...tagged, sub_results: tagged.sub_results.slice(1) },
      { topics: ['VirtIO-Blk'], people: [] },
    );
    expect(elsewhere.inFocus).toBe(false);
    // Browsing by the topic alone (no words, so no sub-results): its first section, with its opening.
    const browsed = toSearchHit(
      { ...tagged, url: '/meetings/2024-05-22-development-call/', sub_results: [] },
      { topics: ['VirtIO-Blk'], people: [] },
    );
    expect(browsed.url).toBe('/meetings/2024-05-22-development-call/#virtio-block-follow-up');
    expect(browsed.excerpt).toBe('the block driver is merged. Attestation …');
    expect(browsed.inFocus).toBe(true);
  });

  it('keeps Pagefind highlighting and neutralises any other markup in excerpts', () => {
    expect(sanitiseExcerpt('a <mark>key</mark> <img src=x onerror=alert(1)>')).toBe(
      'a <mark>key</mark> &lt;img src=x onerror=alert(1)>',
    );
  });
});
