import { EventEmitter } from 'node:events';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { unpackMeeting } from '../src/lib/archive/stored-form.ts';
import { syncContent } from '../src/lib/archive/sync.ts';
import {
  contextEntryId,
  meetingEntryId,
  minutebookLoader,
  type StoredContext,
} from '../src/lib/content-loaders.ts';
import { fixtureArchive } from '../tools/test-sites.ts';

async function copyOfFixture(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'loader-'));
  await cp(fixtureArchive, dir, { recursive: true });
  return dir;
}

const newMeeting = `---
title: 'Development Call (December 3rd, 2025)'
date: '2025-12-03'
series: Development Call
attendees:
  - Mei Lin
---

## Topics:

### Release:

* Mei tagged the release.
`;

describe('the content sync', () => {
  it('re-analyses only the added meeting on a rebuild', async () => {
    const dir = await copyOfFixture();
    const options = { dir, base: '/', includeDrafts: false, codeVersion: 'test' };
    const first = await syncContent({ ...options, previous: () => undefined });
    expect(first.problems).toEqual([]);
    expect(first.analysed).toHaveLength(first.meetings.length);

    const kept = new Map(first.meetings.map((meeting) => [meeting.minutes.id, meeting]));
    await writeFile(path.join(dir, 'minutes', '2025-12-03-development-call.mdx'), newMeeting);
    const second = await syncContent({ ...options, previous: (id) => kept.get(id) });
    expect(second.analysed).toEqual(['2025-12-03-development-call']);
    expect(second.meetings).toHaveLength(first.meetings.length + 1);
  });

  it('re-analyses every meeting when a registry changes, and none when nothing did', async () => {
    const dir = await copyOfFixture();
    const options = { dir, base: '/', includeDrafts: false, codeVersion: 'test' };
    const first = await syncContent({ ...options, previous: () => undefined });
    const kept = new Map(first.meetings.map((meeting) => [meeting.minutes.id, meeting]));
    const again = await syncContent({ ...options, previous: (id) => kept.get(id) });
    expect(again.analysed).toEqual([]);
    await writeFile(
      path.join(dir, 'site.yaml'),
      'title: Widget WG\ndescription: Minutes.\nrepository: https://github.com/example/other\n',
    );
    const changed = await syncContent({ ...options, previous: (id) => kept.get(id) });
    expect(changed.analysed).toHaveLength(first.meetings.length);
  });
});

/** Just enough of Astro's loader context: an in-memory store, a logger and (for dev) a watcher. */
function fakeContext(watcher?: EventEmitter & { add: () => void }) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string }>();
  const logged: string[] = [];
  const log = (line: string) => logged.push(line);
  const context = {
    collection: 'archive',
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => {
        entries.set(entry.id, entry);
        return true;
      },
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
      entries: () => [...entries.entries()],
      values: () => [...entries.values()],
      has: (id: string) => entries.has(id),
      clear: () => entries.clear(),
    },
    logger: { info: log, warn: log, error: log, debug: log },
    config: { base: '/' },
    generateDigest: (data: unknown) => JSON.stringify(data).length.toString(36),
    ...(watcher ? { watcher } : {}),
  } as unknown as LoaderContext;
  return { context, entries, logged };
}

describe('the content loader', () => {
  it('stores one entry per meeting and the archive context', async () => {
    const dir = await copyOfFixture();
    const { context, entries } = fakeContext();
    await minutebookLoader(dir).load(context);
    const meetings = [...entries.keys()].filter((id) => id.startsWith('meeting/'));
    expect(meetings).toContain(meetingEntryId('2024-02-07-development-call'));
    const stored = entries.get(contextEntryId)?.data as unknown as StoredContext;
    expect(stored.context.people.map((person) => person.id)).toContain('juergen-weiss');
  });

  it('re-analyses only the added meeting when the next build reads the stored analyses', async () => {
    const dir = await copyOfFixture();
    const { context, entries, logged } = fakeContext();
    await minutebookLoader(dir).load(context);
    const meetings = [...entries.keys()].filter((id) => id.startsWith('meeting/')).length;
    await writeFile(path.join(dir, 'minutes', '2025-12-03-development-call.mdx'), newMeeting);
    await minutebookLoader(dir).load(context);
    expect(logged).toContain(`analysed 1 of ${meetings + 1} meetings (the others were unchanged)`);
    const added = unpackMeeting(entries.get(meetingEntryId('2025-12-03-development-call'))?.data);
    expect(added?.analysis.attendees).toEqual([{ name: 'Mei Lin', person: 'mei-lin' }]);
  });

  it('in astro dev, reloads when people.yaml changes', async () => {
    const dir = await copyOfFixture();
    const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
    const { context, entries } = fakeContext(watcher);
    await minutebookLoader(dir).load(context);
    const people = path.join(dir, 'people.yaml');
    await writeFile(
      people,
      'people:\n  - id: jw\n    name: Jürgen Weiß\n    aliases: [Juergen Weiss]\n  - id: zora-quint\n    name: Zora Quint\n',
    );
    watcher.emit('change', people);
    await expect
      .poll(() =>
        (entries.get(contextEntryId)?.data as unknown as StoredContext).context.people.map(
          (person) => person.id,
        ),
      )
      .toEqual(['jw', 'zora-quint']);
    const meeting = unpackMeeting(entries.get(meetingEntryId('2024-02-07-development-call'))?.data);
    expect(meeting?.analysis.attendees[0]).toEqual({ name: 'Juergen Weiss (Chair)', person: 'jw' });
  });

  it('in astro dev, reloads when site.yaml or a meeting changes', async () => {
    const dir = await copyOfFixture();
    const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
    const { context, entries } = fakeContext(watcher);
    await minutebookLoader(dir).load(context);
    const site = path.join(dir, 'site.yaml');
    await writeFile(site, 'title: Renamed archive\ndescription: Minutes.\n');
    watcher.emit('change', site);
    await expect
      .poll(
        () => (entries.get(contextEntryId)?.data as unknown as StoredContext).context.site.title,
      )
      .toBe('Renamed archive');
    const added = path.join(dir, 'minutes', '2025-12-03-development-call.mdx');
    await writeFile(added, newMeeting);
    watcher.emit('add', added);
    await expect.poll(() => entries.has(meetingEntryId('2025-12-03-development-call'))).toBe(true);
  });
});
