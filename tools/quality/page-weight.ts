import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { readFile, stat } from 'node:fs/promises';
import { visit } from 'unist-util-visit';
import { listHtmlPages, normaliseBasePath, resolveUrlPath, type DistPage } from './dist-files.ts';

/** One resource a page loads up front, and its size on disk (uncompressed: the stricter figure). */
export interface LoadedResource {
  /** URL as the page names it, or `inline` for a `<script>`/`<style>` element. */
  url: string;
  bytes: number;
}

export interface PageWeight {
  /** URL of the page, e.g. `/meetings/2025-03-05-development-call/`. */
  page: string;
  htmlBytes: number;
  cssBytes: number;
  /** JavaScript the browser fetches before anyone touches the page (static imports included). */
  jsBytes: number;
  stylesheets: LoadedResource[];
  scripts: LoadedResource[];
}

const localOrigin = 'http://minutebook.invalid';

/** `<script type>` values that browsers execute; JSON-LD and templates are data, not code. */
function isExecutable(element: Element): boolean {
  const type = element.properties['type'];
  return (
    typeof type !== 'string' ||
    type === '' ||
    type === 'module' ||
    /^(?:text|application)\/(?:java|ecma)script$/i.test(type)
  );
}

/** Raw text of a `<script>`/`<style>`: its only children are text nodes. */
function textOf(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

function relList(element: Element): string[] {
  const rel = element.properties['rel'];
  return Array.isArray(rel) ? rel.map((value) => String(value).toLowerCase()) : [];
}

/** Static `import … from './x.js'` and `import './x.js'`, not `import()`: those load up front. */
const staticImport = /(?:^|[;\s}])import\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

async function sizeOf(file: string): Promise<number> {
  return (await stat(file)).size;
}

export async function measurePage(
  distDir: string,
  base: string,
  page: DistPage,
): Promise<PageWeight> {
  const html = await readFile(page.file, 'utf8');
  const tree: Root = fromHtml(html);
  const pageUrl = new URL(page.url, localOrigin);
  const stylesheets: LoadedResource[] = [];
  const scripts: LoadedResource[] = [];
  const seenScripts = new Set<string>();

  const fileFor = async (
    href: string,
    from: URL,
  ): Promise<{ url: URL; file: string } | undefined> => {
    const url = new URL(href, from);
    if (url.origin !== localOrigin) return undefined;
    const file = await resolveUrlPath(distDir, url.pathname, base);
    return file ? { url, file } : undefined;
  };

  const addScript = async (href: string, from: URL): Promise<void> => {
    const found = await fileFor(href, from);
    if (!found) {
      scripts.push({ url: href, bytes: 0 });
      return;
    }
    if (seenScripts.has(found.file)) return;
    seenScripts.add(found.file);
    const code = await readFile(found.file, 'utf8');
    scripts.push({ url: found.url.pathname, bytes: Buffer.byteLength(code) });
    for (const match of code.matchAll(staticImport)) {
      const specifier = match[1]!;
      if (/^(?:\.{0,2}\/)/.test(specifier)) await addScript(specifier, found.url);
    }
  };

  const elements: Element[] = [];
  visit(tree, 'element', (element: Element) => {
    elements.push(element);
  });
  for (const element of elements) {
    if (element.tagName === 'script' && isExecutable(element)) {
      const src = element.properties['src'];
      if (typeof src === 'string') await addScript(src, pageUrl);
      else scripts.push({ url: 'inline', bytes: Buffer.byteLength(textOf(element)) });
    } else if (element.tagName === 'link') {
      const href = element.properties['href'];
      if (typeof href !== 'string') continue;
      const rel = relList(element);
      if (rel.includes('stylesheet')) {
        const found = await fileFor(href, pageUrl);
        stylesheets.push({
          url: found?.url.pathname ?? href,
          bytes: found ? await sizeOf(found.file) : 0,
        });
      } else if (rel.includes('modulepreload')) {
        await addScript(href, pageUrl);
      }
    } else if (element.tagName === 'style') {
      stylesheets.push({ url: 'inline', bytes: Buffer.byteLength(textOf(element)) });
    }
  }
  const total = (resources: readonly LoadedResource[]) =>
    resources.reduce((sum, item) => sum + item.bytes, 0);
  return {
    page: page.url,
    htmlBytes: Buffer.byteLength(html),
    cssBytes: total(stylesheets),
    jsBytes: total(scripts),
    stylesheets,
    scripts,
  };
}

export async function measureDist(distDir: string, base: string): Promise<PageWeight[]> {
  const pages = await listHtmlPages(distDir, normaliseBasePath(base));
  const weights: PageWeight[] = [];
  for (const page of pages) weights.push(await measurePage(distDir, base, page));
  return weights;
}
