/**
 * Work shared out to the threads of a content sync a batch at a time.
 *
 * Why: split in fixed halves, the main thread (whose heap holds all of Astro, so it collects garbage
 * longer) and a worker (which starts half a second later) finished their halves a second or more
 * apart, and the content step waited for the slower one. Handed out in batches as each thread asks for
 * more, a faster or earlier thread does more, and both finish within about a batch of each other.
 *
 * API
 * - `shareOut(lanes, tasks, run)` → each task's result and the lane that did it, in task order.
 *   A lane takes `ahead` batches at first and one more as each comes back. It takes its own tasks first
 *   (`owner`: the lane holding what the task needs, such as the file's parsed tree), then tasks nobody
 *   owns, then, once those run out, a batch from the end of the lane with the most left, when that lane
 *   has more than one batch to go (doing another lane's task costs a parse again, worth it only where it
 *   saves a whole batch of waiting).
 * - `batchSize(tasks, lanes)`: everything at once for one lane, else small enough that each lane gets
 *   several batches, so the last ones end close together.
 */

export interface Lane {
  /** Batches to give this lane before its first comes back. */
  readonly ahead: number;
}

export interface Task<T, L extends Lane> {
  item: T;
  owner?: L | undefined;
}

export interface Done<R, L extends Lane> {
  result: R;
  lane: L;
}

/** Batches per lane to aim for, and the most tasks in one, so no lane is left with a long tail. */
const BATCHES_PER_LANE = 8;
const MAX_BATCH = 16;

export function batchSize(tasks: number, lanes: number): number {
  if (lanes <= 1) return Math.max(1, tasks);
  return Math.max(1, Math.min(MAX_BATCH, Math.ceil(tasks / (lanes * BATCHES_PER_LANE))));
}

export async function shareOut<T, R, L extends Lane>(
  lanes: readonly L[],
  tasks: readonly Task<T, L>[],
  run: (lane: L, items: T[]) => Promise<R[]>,
): Promise<Done<R, L>[]> {
  const size = batchSize(tasks.length, lanes.length);
  // Task indexes still to do: each lane's own, and the unowned (or owned by no lane here).
  const own = new Map<L, number[]>(lanes.map((lane) => [lane, []]));
  const open: number[] = [];
  tasks.forEach((task, at) =>
    (task.owner && own.get(task.owner) ? own.get(task.owner)! : open).push(at),
  );

  const take = (lane: L): number[] => {
    const mine = own.get(lane)!;
    if (mine.length > 0) return mine.splice(0, size);
    if (open.length > 0) return open.splice(0, size);
    let busiest: number[] | undefined;
    for (const queue of own.values()) if (queue.length > (busiest?.length ?? size)) busiest = queue;
    return busiest ? busiest.splice(busiest.length - size, size) : [];
  };

  const done = Array.from({ length: tasks.length }, (): Done<R, L> | undefined => undefined);
  const work = async (lane: L): Promise<void> => {
    for (let batch = take(lane); batch.length > 0; batch = take(lane)) {
      const results = await run(
        lane,
        batch.map((at) => tasks[at]!.item),
      );
      batch.forEach((at, index) => (done[at] = { result: results[index]!, lane }));
    }
  };
  await Promise.all(
    lanes.flatMap((lane) => Array.from({ length: Math.max(1, lane.ahead) }, () => work(lane))),
  );
  return done.map((entry) => entry!);
}
