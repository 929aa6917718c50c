import { spawnSync } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ciRun = path.resolve(import.meta.dirname, '../.ci/run');
let work: string;

/** A project folder with the real .ci/run and an `npm` that only logs what it was asked to run. */
async function fakeProject(): Promise<{ project: string; bin: string; log: string }> {
  const project = path.join(work, 'minutebook');
  const bin = path.join(work, 'bin');
  const log = path.join(work, 'npm.log');
  await mkdir(path.join(project, '.ci'), { recursive: true });
  await mkdir(path.join(project, 'node_modules/.bin'), { recursive: true });
  await mkdir(bin);
  await copyFile(ciRun, path.join(project, '.ci/run'));
  const script = (body: string) => `#!/bin/sh\n${body}\n`;
  await writeFile(path.join(bin, 'npm'), script(`echo "$*" >> '${log}'`));
  await writeFile(path.join(project, 'node_modules/.bin/node'), script('echo v24.0.0'));
  await chmod(path.join(bin, 'npm'), 0o755);
  await chmod(path.join(project, 'node_modules/.bin/node'), 0o755);
  return { project, bin, log };
}

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'ci-run-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('.ci/run without ../shared', () => {
  it('runs the project checks, says the corpus checks were skipped, and passes', async () => {
    const { project, bin, log } = await fakeProject();
    const run = spawnSync('bash', [path.join(project, '.ci/run')], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}` },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('== corpus checks: skipped');
    expect(run.stdout).toContain('Skipped: no ../shared/corpus beside the project');
    const asked = (await readFile(log, 'utf8')).trim().split('\n');
    expect(asked).toContain('test');
    expect(asked.some((line) => line.includes('corpus:check'))).toBe(false);
  });
});
