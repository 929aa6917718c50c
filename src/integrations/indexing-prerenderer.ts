import type { AstroPrerenderer } from 'astro';
import { builtFile, isIndexedFile } from '../lib/search/page-order.ts';
import { workerIndexer, type PageIndexerHandle } from './page-indexer-thread.ts';

/**
 * Indexes each page while Astro renders the others. Astro renders on one thread; the records, the
 * vocabulary (in a worker thread, see page-indexer-thread.ts) and Pagefind's indexing (a process of
 * its own) run beside it on the second core, instead of reading every page back from disk after the
 * last one. The index is the same as one written from the output folder (see `PageIndexer`).
 */
export class IndexWhileRendering {
  private readonly base: string;
  private readonly indexer: PageIndexerHandle;

  /** `base` is the site's base path: it starts each page's URL but not its file. */
  constructor(base: string, indexer: PageIndexerHandle = workerIndexer()) {
    this.base = base.replace(/\/+$/u, '');
    this.indexer = indexer;
  }

  /** Astro's prerenderer, passing every page it renders through the index as well. */
  wrap(prerenderer: AstroPrerenderer): AstroPrerenderer {
    return {
      ...prerenderer,
      getStaticPaths: async () => {
        const paths = await prerenderer.getStaticPaths();
        this.indexer.expect(
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
          this.indexer.arrive(file, undefined);
          return rendered;
        }
        // The bytes Astro writes stay exactly as rendered; the index reads them as the file would be read.
        const body = new Uint8Array(await response.arrayBuffer());
        this.indexer.arrive(file, body);
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
  write(outDir: string): Promise<{ records: number; fromDisk: boolean }> {
    return this.indexer.write(outDir);
  }
}

/** The file a page or endpoint route writes; other routes (redirects, fallbacks) are not indexed. */
function renderedFile(pathname: string, type: string): string | undefined {
  return type === 'page' || type === 'endpoint' ? builtFile(pathname, type) : undefined;
}
