/**
 * `npm run build -- --force` promises a full rebuild (Astro: "clear the content layer cache"). A user
 * runs it after an upgrade or when a stored analysis looks stale, so it must re-analyse every meeting,
 * while a plain rebuild of unchanged minutes reuses the stored analyses.
 */
import { cp, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type BuildRun } from '../../tools/run-build.ts';
import { fixtureArchive } from '../../tools/test-sites.ts';

/** The loader's report line (src/lib/content-loaders.ts): how many meetings this build analysed. */
function analysed(run: BuildRun): { analysed: number; of: number } {
  const found = /analysed (\d+) of (\d+) meetings/u.exec(run.output);
  if (!found) throw new Error(`no "analysed N of M meetings" line in:\n${run.output}`);
  return { analysed: Number(found[1]), of: Number(found[2]) };
}

describe('a rebuild over a previous build', () => {
  let meetings: number;
  let cold: BuildRun;
  let plain: BuildRun;
  let forced: BuildRun;

  beforeAll(async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'minutebook-force-'));
    const content = path.join(work, 'content');
    await cp(fixtureArchive, content, { recursive: true });
    meetings = (await readdir(path.join(content, 'minutes'))).length;
    const options = { contentDir: content, outDir: path.join(work, 'dist') };
    cold = await runBuild(options);
    plain = await runBuild(options);
    forced = await runBuild({ ...options, args: ['--force'] });
  });

  it('analyses every meeting the first time', () => {
    expect(cold.code, cold.output).toBe(0);
    expect(analysed(cold)).toEqual({ analysed: meetings, of: meetings });
  });

  it('reuses every stored analysis when nothing changed', () => {
    expect(plain.code, plain.output).toBe(0);
    expect(analysed(plain)).toEqual({ analysed: 0, of: meetings });
  });

  it('re-analyses every meeting with --force', () => {
    expect(forced.code, forced.output).toBe(0);
    expect(analysed(forced)).toEqual({ analysed: meetings, of: meetings });
  });
});
