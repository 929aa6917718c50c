import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBuildRecord, recordBuild } from '../src/lib/build-record.ts';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'build-record-'));
  file = path.join(dir, 'node_modules/.astro/minutebook-builds.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the record of which base each output folder was built for', () => {
  it('remembers the last build of each folder separately', () => {
    recordBuild(file, '/site/dist', { base: '/minutes/' });
    recordBuild(file, '/site/other', { base: '/' });
    recordBuild(file, '/site/dist/', { base: '/tide/' });
    expect(readBuildRecord(file, '/site/dist')).toEqual({ base: '/tide/' });
    expect(readBuildRecord(file, '/site/other')).toEqual({ base: '/' });
    expect(readBuildRecord(file, '/site/never-built')).toBeUndefined();
  });

  it('knows nothing before the first build or from a damaged file', async () => {
    expect(readBuildRecord(file, '/site/dist')).toBeUndefined();
    recordBuild(file, '/site/dist', { base: '/minutes/' });
    await writeFile(file, '{ not json');
    expect(readBuildRecord(file, '/site/dist')).toBeUndefined();
  });
});
