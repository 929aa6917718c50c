import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packMeeting, unpackMeeting } from '../src/lib/archive/stored-form.ts';
import { syncContent, type StoredMeeting } from '../src/lib/archive/sync.ts';
import { fixtureArchive } from '../tools/test-sites.ts';

/** JSON that keeps undefined values and key order, so "the same" means the same to every reader. */
const exactly = (value: unknown) =>
  JSON.stringify(value, (_key, field: unknown) => (field === undefined ? '<undefined>' : field));

async function analysedFixture(): Promise<StoredMeeting[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'stored-form-'));
  await cp(fixtureArchive, dir, { recursive: true });
  const synced = await syncContent({
    dir,
    base: '/',
    includeDrafts: false,
    codeVersion: 'test',
    previous: () => undefined,
    threads: 1,
  });
  expect(synced.problems).toEqual([]);
  return synced.meetings;
}

describe('the stored form of a meeting', () => {
  it('gives back every meeting exactly as it was analysed', async () => {
    const meetings = await analysedFixture();
    expect(meetings.length).toBeGreaterThan(3);
    for (const meeting of meetings) {
      const stored = JSON.parse(JSON.stringify(packMeeting(meeting))) as unknown;
      expect(exactly(unpackMeeting(stored))).toBe(exactly(meeting));
    }
  });

  it('is smaller than the analysis it keeps', async () => {
    const meetings = await analysedFixture();
    const size = (value: unknown) => JSON.stringify(value).length;
    const packed = meetings.reduce((sum, meeting) => sum + size(packMeeting(meeting)), 0);
    const whole = meetings.reduce((sum, meeting) => sum + size(meeting), 0);
    expect(packed).toBeLessThan(whole * 0.95);
  });

  it('reads a store written in another form as nothing, so the meeting is analysed again', async () => {
    const [meeting] = await analysedFixture();
    expect(unpackMeeting({ ...meeting })).toBeUndefined();
    expect(unpackMeeting(undefined)).toBeUndefined();
  });
});
