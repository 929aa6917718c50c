import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listHtmlPages, normaliseBasePath, resolveUrlPath } from './dist-files.ts';
import { outlinePage, type PageOutline } from './extract-links.ts';

/** A link a reader would follow into a 404 or to a missing section. */
export interface BrokenLink {
  /** URL of the page that holds the link. */
  page: string;
  href: string;
  source: string;
  line: number | undefined;
  reason: string;
}

export interface LinkReport {
  pagesChecked: number;
  linksChecked: number;
  broken: BrokenLink[];
}

export interface CheckLinksOptions {
  distDir: string;
  /** Sub-path the site is served under, e.g. `/minutes-sub/`. */
  base: string;
  /** The site's public origin: absolute links to it are checked like relative ones (canonical, RSS). */
  siteUrl?: string | undefined;
}

// An origin no page can link to by accident, so "same origin" means "relative link".
const localOrigin = 'http://minutebook.invalid';

/** Schemes that leave the site; they are someone else's to check. */
const foreignScheme = /^(?:[a-z][a-z0-9+.-]*:)/i;

export async function checkLinks(options: CheckLinksOptions): Promise<LinkReport> {
  const base = normaliseBasePath(options.base);
  const pages = await listHtmlPages(options.distDir, base);
  const outlines = new Map<string, PageOutline>();
  const outlineOf = async (file: string): Promise<PageOutline> => {
    let outline = outlines.get(file);
    if (!outline) {
      outline = outlinePage(await readFile(file, 'utf8'));
      outlines.set(file, outline);
    }
    return outline;
  };
  const site = options.siteUrl ? new URL(options.siteUrl) : undefined;

  const broken: BrokenLink[] = [];
  let linksChecked = 0;
  for (const page of pages) {
    const outline = await outlineOf(page.file);
    const pageUrl = new URL(page.url, localOrigin);
    for (const link of outline.links) {
      const href = link.href.trim();
      const report = (reason: string) =>
        broken.push({
          page: page.url,
          href: link.href,
          source: link.source,
          line: link.line,
          reason,
        });
      if (href === '') {
        if (link.source !== 'form[action]') report('empty link');
        continue;
      }
      let target: URL;
      if (foreignScheme.test(href)) {
        if (!site || !/^https?:/i.test(href)) continue;
        const absolute = new URL(href);
        if (absolute.origin !== site.origin) continue;
        target = new URL(`${absolute.pathname}${absolute.search}${absolute.hash}`, localOrigin);
      } else {
        target = new URL(href, pageUrl);
      }
      if (target.origin !== localOrigin) continue; // protocol-relative `//host/...`
      linksChecked += 1;

      const file = await resolveUrlPath(options.distDir, target.pathname, base);
      if (!file) {
        const withSlash = target.pathname.endsWith('/') ? target.pathname : `${target.pathname}/`;
        report(
          withSlash.startsWith(base)
            ? `no file in the build answers ${target.pathname}`
            : `${target.pathname} is outside the base path ${base}`,
        );
        continue;
      }
      const fragment = decodeFragment(target.hash);
      if (fragment === undefined || !file.endsWith('.html')) continue;
      // `#top` scrolls to the top of any HTML page, by the HTML standard.
      if (fragment.toLowerCase() === 'top') continue;
      const anchors = (await outlineOf(file)).anchors;
      if (!anchors.has(fragment)) {
        report(
          `no element with id "${fragment}" on ${path.relative(options.distDir, file).split(path.sep).join('/')}`,
        );
      }
    }
  }
  return { pagesChecked: pages.length, linksChecked, broken };
}

function decodeFragment(hash: string): string | undefined {
  if (hash === '' || hash === '#') return undefined;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/**
 * One line per broken link naming the page, the link and why. A link broken on many pages (a header or
 * footer link) is listed once with its pages, so one bad template does not bury the rest.
 */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  const groups = new Map<string, BrokenLink[]>();
  for (const link of broken) {
    const key = `${link.source} "${link.href}" — ${link.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), link]);
  }
  const where = (link: BrokenLink) =>
    link.line === undefined ? link.page : `${link.page} (line ${link.line})`;
  return [...groups]
    .map(([key, links]) => {
      if (links.length === 1) return `  ${where(links[0]!)}: ${key}`;
      const shown = links.slice(0, 8).map(where).join(', ');
      const more = links.length > 8 ? ` and ${links.length - 8} more` : '';
      return `  ${key}\n    on ${links.length} pages: ${shown}${more}`;
    })
    .join('\n');
}

export function summariseLinkReport(report: LinkReport, base: string): string {
  const head = `Checked ${report.linksChecked} internal links on ${report.pagesChecked} pages under ${normaliseBasePath(base)}`;
  if (report.broken.length === 0) return `${head}: all resolve.`;
  return `${head}: ${report.broken.length} broken:\n${formatBrokenLinks(report.broken)}`;
}
