import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitByWeight, threadsFor, workerShard } from '../src/lib/archive/meeting-pool.ts';
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

  it('splits by weight into parts of about equal weight, each in input order', () => {
    const items = [5, 1, 4, 2, 3, 3].map((weight, at) => ({ weight, at }));
    const parts = splitByWeight(items, 2, (item) => item.weight);
    const sum = (part: typeof items) => part.reduce((total, item) => total + item.weight, 0);
    expect(parts.map(sum)).toEqual([9, 9]);
    expect(parts.flat()).toHaveLength(items.length);
    for (const part of parts) expect(part).toEqual([...part].sort((a, b) => a.at - b.at));
  });
});
