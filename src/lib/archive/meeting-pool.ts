import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MinutesSource } from '../minutes/load-folder.ts';
import type { MinutesFile } from '../types.ts';
import type { MeetingAnalysis } from './analyse.ts';
import type { ArchiveContext } from './context.ts';
import { createMeetingShard, type CheckedFile } from './meeting-shard.ts';
import { fromProblemData, type ShardReply, type ShardWork } from './shard-messages.ts';

/** A shard as the sync drives it: in the main thread or in a worker, the same two steps. */
export interface ShardHandle {
  check(sources: readonly MinutesSource[]): Promise<CheckedFile[]>;
  analyse(context: ArchiveContext, files: readonly MinutesFile[]): Promise<MeetingAnalysis[]>;
  /**
   * How many batches to give it before the first comes back: a worker gets a second one to start on
   * while its reply waits for the main thread's turn; the main thread does one at a time.
   */
  readonly ahead: number;
  /** Why the worker could not be used, when its work was done in the main thread instead. */
  readonly fellBack: () => string | undefined;
  close(): Promise<void>;
}

/**
 * Files per thread below which a worker costs more than it saves: a worker first loads the parser,
 * the NLP and the registries' indexes (about half a second of its CPU), then runs its first files
 * cold, and its compiler and collector threads take the same cores as the main thread's; one file
 * takes 10–20 ms. Measured on the real SVSM archive (79 files, two cores): with a worker the main
 * thread's share of the content step went from 1.7 to 1.4 s of CPU, but the whole process's from
 * 2.5 to 4.1 s, more than the second core can absorb, so below this one thread is quicker.
 */
export const minFilesPerThread = 60;

/** How many threads a sync of `files` files should use: one per core, each with enough to do. */
export function threadsFor(files: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(files / minFilesPerThread)));
}

/**
 * One turn of the event loop: the workers' replies that came in meanwhile are taken, and their next
 * batches posted, before this thread is busy with a batch of its own.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The main thread's own shard. */
export function localShard(): ShardHandle {
  const shard = createMeetingShard();
  return {
    async check(sources) {
      await nextTurn();
      return shard.check(sources);
    },
    async analyse(context, files) {
      await nextTurn();
      return shard.analyse(context, files);
    },
    ahead: 1,
    fellBack: () => undefined,
    close: async () => {},
  };
}

const workerFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'meeting-worker.ts');

/**
 * A shard in a worker thread. When the worker cannot start or dies (a Node without type stripping,
 * code bundled away from its sources), its work is done in the main thread instead: slower, the
 * same result. An error the analysis itself throws is not retried; it names the file.
 */
export function workerShard(file = workerFile): ShardHandle {
  // The main thread's stand-in, made when the worker fails.
  let fallback: ReturnType<typeof createMeetingShard> | undefined;
  let failure: string | undefined;
  const pending = new Map<
    number,
    { run: () => unknown; resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  let worker: Worker | undefined;
  const fail = (reason: string) => {
    worker = undefined;
    if (pending.size === 0) return;
    failure ??= reason;
    for (const [id, request] of pending) {
      pending.delete(id);
      try {
        request.resolve(request.run());
      } catch (error) {
        request.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
  };
  try {
    if (!existsSync(file)) throw new Error(`${file} is not there`);
    worker = new Worker(file);
    // A sync that forgets to close its shards must not keep the process alive.
    worker.unref();
    worker.on('message', (reply: ShardReply) => {
      const request = pending.get(reply.id);
      if (!request) return;
      pending.delete(reply.id);
      if ('error' in reply) request.reject(new Error(reply.error));
      else if ('checked' in reply)
        request.resolve(
          reply.checked.map((checked) => ({
            ...checked,
            problems: checked.problems.map(fromProblemData),
          })),
        );
      else request.resolve(reply.analysed);
    });
    worker.on('error', (error: Error) => fail(error.message));
    worker.on('exit', (code) => fail(`the worker stopped (exit code ${code})`));
  } catch (error) {
    worker = undefined;
    failure = error instanceof Error ? error.message : String(error);
  }

  let next = 0;
  // The context goes with the first batch of its analysis only: the worker keeps it and the tools
  // made from it, which later batches would otherwise make again from a fresh copy.
  let sentContext: ArchiveContext | undefined;
  const send = <T>(request: ShardWork, run: () => T, posted = () => {}): Promise<T> => {
    if (!worker) return Promise.resolve().then(run);
    const id = next++;
    const reply = new Promise<T>((resolve, reject) =>
      pending.set(id, { run, resolve: resolve as (value: unknown) => void, reject }),
    );
    try {
      worker.postMessage({ ...request, id });
      posted();
    } catch {
      // Data the worker cannot receive: this step is done here.
      pending.delete(id);
      return Promise.resolve().then(run);
    }
    return reply;
  };
  return {
    check: (sources) =>
      send({ kind: 'check', sources }, () => (fallback ??= createMeetingShard()).check(sources)),
    analyse: (context, files) =>
      send(
        { kind: 'analyse', ...(context === sentContext ? {} : { context }), files },
        () => (fallback ??= createMeetingShard()).analyse(context, files),
        () => (sentContext = context),
      ),
    ahead: 2,
    fellBack: () => failure,
    async close() {
      const running = worker;
      worker = undefined;
      pending.clear();
      running?.removeAllListeners();
      await running?.terminate();
    },
  };
}
