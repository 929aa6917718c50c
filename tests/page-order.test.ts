import { describe, expect, it } from 'vitest';
import { compareSiteFiles } from '../src/lib/search/page-order.ts';

describe('the order pages reach the search index in', () => {
  it('is the order of a folder walk with each folder sorted by name', () => {
    const files = [
      'people/ada-lovelace/index.html',
      'meetings/index.html',
      'meetings/2024-11-27-dev-call/index.html',
      'index.html',
      'meetings/2024/index.html',
      '404.html',
      'meetings/2024-11-27-dev-call-2/index.html',
    ];
    expect([...files].sort(compareSiteFiles)).toEqual([
      '404.html',
      'index.html',
      // A folder comes where its name sorts, its own pages before the next entry.
      'meetings/2024/index.html',
      'meetings/2024-11-27-dev-call/index.html',
      'meetings/2024-11-27-dev-call-2/index.html',
      'meetings/index.html',
      'people/ada-lovelace/index.html',
    ]);
  });
});
