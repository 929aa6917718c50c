import { describe, expect, it } from 'vitest';
import { toSearchHit, sanitiseExcerpt } from '../src/scripts/search/hits.ts';
import type { PagefindResultData, PagefindSubResult } from '../src/scripts/search/pagefind.ts';
import {
  parseSearchState,
  serialiseSearchState,
  toPagefindOptions,
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

describe('search hits', () => {
  it('points a hit at the best-matching section, not the first one on the page', () => {
    const hit = toSearchHit(meetingResult);
    expect(hit.section).toBe('Attestation driver and proxy');
    expect(hit.url).toBe(
      '/meetings/2024-05-22-development-call/?highlight=rsa#attestation-driver-and-proxy',
    );
    expect(hit.otherSections.map((other) => other.title)).toEqual(['VirtIO Block follow-up']);
  });

  it('keeps Pagefind highlighting and neutralises any other markup in excerpts', () => {
    expect(sanitiseExcerpt('a <mark>key</mark> <img src=x onerror=alert(1)>')).toBe(
      'a <mark>key</mark> &lt;img src=x onerror=alert(1)>',
    );
  });
});
