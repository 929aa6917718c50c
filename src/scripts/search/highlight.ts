/**
 * Marks the search terms on a page opened from a search result, with Pagefind's own highlighter
 * (`pagefind-highlight.js`, loaded only when the URL asks for it).
 */
import { highlightParam, siteBase } from './pagefind.ts';

interface PagefindHighlightConstructor {
  new (options: Record<string, unknown>): unknown;
}

export async function highlightTerms(): Promise<void> {
  await import(/* @vite-ignore */ `${siteBase}pagefind/pagefind-highlight.js`);
  const Highlight = (window as unknown as { PagefindHighlight?: PagefindHighlightConstructor })
    .PagefindHighlight;
  if (!Highlight) return;
  new Highlight({
    highlightParam,
    // The site's own `mark` style has AA contrast in light and dark; Pagefind's inline yellow does not adapt.
    addStyles: false,
    markContext: null,
    markOptions: {
      className: 'search-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
    },
  });
}
