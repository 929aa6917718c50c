import { describe, expect, inject, it } from 'vitest';
import { checkLinks, summariseLinkReport } from '../../tools/quality/check-links.ts';
import { testSiteUrl } from '../../tools/test-sites.ts';

// Both builds: a link that forgets the base path only breaks under `/minutes-sub/`.
const sites = inject('testSites');

describe.each([
  ['default base', sites.root],
  ['sub-path base', sites.sub],
])('internal links with the %s', (_label, site) => {
  it(`every internal link and #anchor under ${site.base} resolves`, async () => {
    const report = await checkLinks({ distDir: site.dir, base: site.base, siteUrl: testSiteUrl });
    console.log(summariseLinkReport(report, site.base).split('\n')[0]);
    // The fixture archive has a dozen meetings cross-linked to topics and people: far more than 100 links.
    expect(report.linksChecked).toBeGreaterThan(100);
    expect(report.broken.length, summariseLinkReport(report, site.base)).toBe(0);
  });
});
