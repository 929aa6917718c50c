import path from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { builtFile, isIndexedFile, PageOrder, siteFileUrl } from '../lib/search/page-order.ts';
import { pageEntry, SearchIndexWriter, writeSearchIndex, type PageEntry } from './search-index.ts';

/**
 * Indexes each page while Astro renders the others. Astro renders on one thread and Pagefind indexes
 * in a process of its own, so handing it each page as it is rendered lets the second core index while
 * the first renders, instead of reading every page back from disk after the last one. Pages reach
 * Pagefind in the order of their files (src/lib/search/page-order.ts), so the index is the same as
 * one written from the output folder; when a page Astro announced never passed through here, the
 * index is written from the output folder after all.
 */
export class IndexWhileRendering {
  private readonly writer = new SearchIndexWriter();
  private readonly order = new PageOrder<PageEntry>((entry) => void this.writer.add(entry));
  private readonly base: string;

  /** `base` is the site's base path: it starts each page's URL but not its file. */
  constructor(base: string) {
    this.base = base.replace(/\/+$/u, '');
  }

  /** Astro's prerenderer, passing every page it renders through the index as well. */
  wrap(prerenderer: AstroPrerenderer): AstroPrerenderer {
    return {
      ...prerenderer,
      getStaticPaths: async () => {
        const paths = await prerenderer.getStaticPaths();
        this.order.expect(
          paths.flatMap(({ pathname, route }) => {
            const file = renderedFile(pathname, route.type);
            return file && isIndexedFile(file) ? [file] : [];
          }),
        );
        return paths;
      },
      render: async (request, options) => {
        const rendered = await prerenderer.render(request, options);
        const pathname = decodeURI(new URL(request.url).pathname);
        const file = pathname.startsWith(this.base)
          ? renderedFile(pathname.slice(this.base.length), options.routeData.type)
          : undefined;
        if (!file || !isIndexedFile(file)) return rendered;
        const response = rendered instanceof Response ? rendered : rendered.response;
        // Astro writes a redirect page of its own for a 3xx response, and no file for an empty one.
        if ((response.status >= 300 && response.status < 400) || !response.body) {
          this.order.arrive(file, undefined);
          return rendered;
        }
        // The bytes Astro writes stay exactly as rendered; the index reads them as the file would be read.
        const body = Buffer.from(await response.arrayBuffer());
        const html = body.toString('utf8');
        this.order.arrive(file, pageEntry({ url: siteFileUrl(file), html }));
        const copy = new Response(body, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
        return rendered instanceof Response ? copy : { ...rendered, response: copy };
      },
    };
  }

  /** Writes `outDir/pagefind/` from the pages indexed while rendering, or from disk if some were not. */
  async write(outDir: string): Promise<{ records: number; fromDisk: boolean }> {
    if (this.order.missing().length > 0) {
      await this.writer.close();
      return { ...(await writeSearchIndex(outDir)), fromDisk: true };
    }
    this.order.drain();
    return { ...(await this.writer.write(path.join(outDir, 'pagefind'))), fromDisk: false };
  }
}

/** The file a page or endpoint route writes; other routes (redirects, fallbacks) are not indexed. */
function renderedFile(pathname: string, type: string): string | undefined {
  return type === 'page' || type === 'endpoint' ? builtFile(pathname, type) : undefined;
}
