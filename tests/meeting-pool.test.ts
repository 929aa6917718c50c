import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { threadsFor, workerShard } from '../src/lib/archive/meeting-pool.ts';
import { batchSize, shareOut, type Lane } from '../src/lib/archive/share-out.ts';
import { syncContent } from '../src/lib/archive/sync.ts';
import { formatLocation } from '../src/lib/problems.ts';
import { fixtureArchive } from '../tools/test-sites.ts';

async function copyOfFixture(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pool-'));
  await cp(fixtureArchive, dir, { recursive: true });
  return dir;
}

const sync = (dir: string, threads: number) =>
  syncContent({
    dir,
    base: '/',
    includeDrafts: false,
    codeVersion: 'test',
    previous: () => undefined,
    threads,
  });

const brokenMeeting = `---
title: 'Development Call (December 3rd, 2025)'
date: '2025-12-03'
series: Development Call
---

## Topics:

- Mei said {this} in braces.
`;

describe('the content sync on worker threads', () => {
  it('gives the same meetings, warnings and notes on two threads as on one', async () => {
    const dir = await copyOfFixture();
    const one = await sync(dir, 1);
    const two = await sync(dir, 2);
    expect(one.meetings.length).toBeGreaterThan(1);
    expect(two.problems).toEqual([]);
    expect(two.meetings).toEqual(one.meetings);
    expect(two.warnings).toEqual(one.warnings);
    expect(two.notes).toEqual(one.notes);
    expect(two.context).toEqual(one.context);
  });

  it('reports a bad file by file and line from a worker as from the main thread', async () => {
    const dir = await copyOfFixture();
    await writeFile(path.join(dir, 'minutes', '2025-12-03-development-call.mdx'), brokenMeeting);
    const where = (result: Awaited<ReturnType<typeof sync>>) =>
      result.problems.map((problem) => `${formatLocation(problem)} ${problem.reason}`).sort();
    const one = await sync(dir, 1);
    const two = await sync(dir, 2);
    expect(where(one)).toEqual([
      'minutes/2025-12-03-development-call.mdx:9:12 JavaScript expressions are not supported in minutes: {this}',
    ]);
    expect(where(two)).toEqual(where(one));
    expect(two.problems[0]?.note).toBe(one.problems[0]?.note);
  });

  it('does the work in the main thread when a worker cannot start', async () => {
    const dir = await copyOfFixture();
    const shard = workerShard(path.join(dir, 'no-such-worker.ts'));
    const checked = await shard.check([{ file: 'minutes/a.md', text: '# no frontmatter\n' }]);
    await shard.close();
    expect(checked[0]?.problems.map((problem) => formatLocation(problem))).toEqual([
      'minutes/a.md:1',
    ]);
    expect(shard.fellBack()).toMatch(/no-such-worker/u);
  });
});

describe('splitting the work', () => {
  it('uses a second thread only when each has enough files to pay for its start', () => {
    expect(threadsFor(79, 2)).toBe(1);
    expect(threadsFor(1000, 2)).toBe(2);
    expect(threadsFor(1000, 1)).toBe(1);
  });

  // The lanes' speeds are timers on a fake clock: with real 1 ms and 4 ms timers a loaded machine could
  // make the fast lane the slow one, and the tests failed at random.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  /** Runs the fake clock until every lane is done, then gives the share-out's answer. */
  const settled = async <T>(sharing: Promise<T>): Promise<T> => {
    await vi.runAllTimersAsync();
    return sharing;
  };
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** A lane that takes `ms` a task and records which tasks it was given. */
  const timedLane = (name: string, ms: number, ahead = 1) => {
    const lane = { name, ahead, did: [] as number[] };
    const run = async (items: number[]) => {
      await pause(ms * items.length);
      lane.did.push(...items);
      return items.map((item) => item * 10);
    };
    return { lane, run };
  };
  const runner =
    (...lanes: ReturnType<typeof timedLane>[]) =>
    (lane: Lane, items: number[]) =>
      lanes.find((entry) => entry.lane === lane)!.run(items);

  it('gives one thread everything in one batch', async () => {
    const only = timedLane('main', 0);
    const tasks = [3, 1, 2].map((item) => ({ item }));
    const done = await settled(shareOut([only.lane], tasks, runner(only)));
    expect(done.map((entry) => entry.result)).toEqual([30, 10, 20]);
    expect(batchSize(3, 1)).toBe(3);
  });

  it('gives a faster thread more, does every task once and answers in task order', async () => {
    const fast = timedLane('fast', 1, 2);
    const slow = timedLane('slow', 4);
    const tasks = Array.from({ length: 64 }, (_, item) => ({ item }));
    const done = await settled(shareOut([slow.lane, fast.lane], tasks, runner(fast, slow)));
    expect(done.map((entry) => entry.result)).toEqual(tasks.map(({ item }) => item * 10));
    expect([...fast.lane.did, ...slow.lane.did].sort((a, b) => a - b)).toEqual(
      tasks.map(({ item }) => item),
    );
    expect(fast.lane.did.length).toBeGreaterThan(slow.lane.did.length * 2);
    for (const entry of done) expect(entry.lane.did).toContain(entry.result / 10);
  });

  it('keeps a task with the thread that owns it, unless that thread has batches to spare', async () => {
    const owner = timedLane('owner', 5);
    const idle = timedLane('idle', 1);
    // Few tasks: one batch each, so the owner has none to spare and keeps them all.
    const few = [0, 1].map((item) => ({ item, owner: owner.lane }));
    await settled(shareOut([owner.lane, idle.lane], few, runner(owner, idle)));
    expect(owner.lane.did).toEqual([0, 1]);
    expect(idle.lane.did).toEqual([]);
    // Many: the idle thread takes batches from the end of the owner's queue.
    owner.lane.did.length = 0;
    const many = Array.from({ length: 64 }, (_, item) => ({ item, owner: owner.lane }));
    await settled(shareOut([owner.lane, idle.lane], many, runner(owner, idle)));
    expect(owner.lane.did.slice(0, 4)).toEqual([0, 1, 2, 3]);
    expect(idle.lane.did.length).toBeGreaterThan(0);
    expect(Math.min(...idle.lane.did)).toBeGreaterThan(Math.max(...owner.lane.did));
  });
});
