/**
 * A worker thread holding the search index of a build (see page-indexer-thread.ts). Node runs this
 * file and what it imports as TypeScript directly (type stripping), outside Vite and Astro.
 */
import { parentPort } from 'node:worker_threads';
import type { IndexerReply, IndexerRequest } from './page-indexer-thread.ts';
import { PageIndexer } from './search-index.ts';

const port = parentPort;
if (port) {
  const indexer = new PageIndexer();
  port.on('message', (request: IndexerRequest) => {
    if (request.kind === 'expect') indexer.expect(request.files);
    else if (request.kind === 'arrive') indexer.arrive(request.file, request.bytes);
    else
      indexer.write(request.outDir).then(
        (written) => port.postMessage({ written } satisfies IndexerReply),
        (error: unknown) =>
          port.postMessage({
            error: error instanceof Error ? error.message : String(error),
          } satisfies IndexerReply),
      );
  });
}
