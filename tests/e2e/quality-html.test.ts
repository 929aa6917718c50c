import { describe, expect, inject, it } from 'vitest';
import { listHtmlPages } from '../../tools/quality/dist-files.ts';
import { fixturePageTypes } from '../../tools/quality/page-types.ts';
import {
  formatHtmlProblems,
  loadHtmlValidateConfig,
  validatePages,
} from '../../tools/quality/validate-html.ts';
import { repoRoot } from '../../tools/test-sites.ts';

const site = inject('testSites').root;

describe('valid HTML', () => {
  it('html-validate (html-validate:recommended) finds no errors on any built page', async () => {
    const pages = await listHtmlPages(site.dir, site.base);
    // Every page type must be among the validated pages, or a missing page would pass unnoticed.
    const urls = new Set(pages.map((page) => page.url));
    const missing = fixturePageTypes
      .map((type) => `${site.base}${type.path.replace(/\?.*$/, '')}`)
      .filter((url) => !urls.has(url));
    expect(missing, 'page types missing from the build').toEqual([]);

    const problems = await validatePages(pages, await loadHtmlValidateConfig(repoRoot));
    const errors = problems.filter((problem) => problem.severity === 2);
    const warnings = problems.filter((problem) => problem.severity !== 2);
    if (warnings.length > 0)
      console.log(`html-validate warnings:\n${formatHtmlProblems(warnings)}`);
    console.log(
      `html-validate: ${pages.length} pages, ${errors.length} errors, ${warnings.length} warnings`,
    );
    expect(errors.length, `html-validate errors:\n${formatHtmlProblems(errors)}`).toBe(0);
  });
});
