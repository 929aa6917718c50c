import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PageIndexer, writeSearchIndex } from './search-index.ts';

export type IndexerRequest =
  | { kind: 'expect'; files: string[] }
  | { kind: 'arrive'; file: string; bytes: Uint8Array | undefined }
  | { kind: 'write'; outDir: string };

export type IndexerReply = { written: { records: number; fromDisk: boolean } } | { error: string };

/** What the build hands its pages to: a `PageIndexer`, in this thread or another. */
export interface PageIndexerHandle {
  expect(files: string[]): void;
  /** A rendered page's bytes, as Astro writes them (the handle may keep them: they are copied). */
  arrive(file: string, bytes: Uint8Array | undefined): void;
  write(outDir: string): Promise<{ records: number; fromDisk: boolean }>;
}

const workerFile = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'page-indexer-worker.ts',
);

/** The indexer in this thread: what a build uses when no worker can start. */
function localIndexer(): PageIndexerHandle {
  const indexer = new PageIndexer();
  return {
    expect: (files) => indexer.expect(files),
    arrive: (file, bytes) => indexer.arrive(file, bytes),
    write: (outDir) => indexer.write(outDir),
  };
}

/**
 * The indexer in a worker thread, so making the records and the vocabulary, and talking to
 * Pagefind's process, take nothing from the thread that renders. When the worker cannot start (a
 * Node without type stripping, code bundled away from its sources) the pages are indexed in this
 * thread; when it stops before the index is written, the index is written from the output folder.
 */
export function workerIndexer(file = workerFile): PageIndexerHandle {
  let worker: Worker;
  try {
    if (!existsSync(file)) throw new Error(`${file} is not there`);
    worker = new Worker(file);
  } catch {
    return localIndexer();
  }
  // A build that fails before writing the index must not be kept alive by the worker.
  worker.unref();
  let stopped: string | undefined;
  const onStop = (reason: string) => {
    stopped ??= reason;
  };
  worker.on('error', (error: Error) => onStop(error.message));
  worker.on('exit', (code) => onStop(`the worker stopped (exit code ${code})`));
  return {
    expect: (files) => {
      if (!stopped) worker.postMessage({ kind: 'expect', files } satisfies IndexerRequest);
    },
    arrive: (file, bytes) => {
      if (!stopped) worker.postMessage({ kind: 'arrive', file, bytes } satisfies IndexerRequest);
    },
    async write(outDir) {
      const reply = await new Promise<IndexerReply | undefined>((resolve) => {
        if (stopped) return resolve(undefined);
        worker.once('message', resolve);
        worker.once('exit', () => resolve(undefined));
        worker.postMessage({ kind: 'write', outDir } satisfies IndexerRequest);
      });
      await worker.terminate();
      if (!reply) return { ...(await writeSearchIndex(outDir)), fromDisk: true };
      if ('error' in reply) throw new Error(reply.error);
      return reply.written;
    },
  };
}
