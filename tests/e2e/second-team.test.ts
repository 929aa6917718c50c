/**
 * A second team adopting Minutebook changes content and settings, never code. This builds a made-up
 * team's content folder (tests/fixtures/second-team: a tide-gauge network) the way they would, with no
 * SITE_URL yet and under a base path, and checks what they would see. `npm test` with that folder copied
 * over content/ passes too (README, "Use Minutebook for your own minutes").
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type BuildRun } from '../../tools/run-build.ts';
import { repoRoot } from '../../tools/test-sites.ts';

const fixture = path.join(repoRoot, 'tests/fixtures/second-team');
let dist: string;
let run: BuildRun;

beforeAll(async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'minutebook-second-team-'));
  const content = path.join(work, 'content');
  await cp(fixture, content, { recursive: true });
  dist = path.join(work, 'dist');
  run = await runBuild({
    contentDir: content,
    outDir: dist,
    base: '/tide/',
    env: { SITE_URL: undefined, MINUTEBOOK_TIMING: undefined },
  });
});

async function page(route: string) {
  return fromHtml(await readFile(path.join(dist, route, 'index.html'), 'utf8'));
}

describe("a second team's content folder", () => {
  it('builds a page per meeting with the team’s own title and people, and no SVSM in it', async () => {
    expect(run.code, run.output.slice(-2000)).toBe(0);
    const meetings = (await readdir(path.join(dist, 'meetings'))).filter((name) =>
      /^\d{4}-/u.test(name),
    );
    expect(meetings.sort()).toEqual([
      '2025-01-14-monthly-sync',
      '2025-02-11-monthly-sync',
      '2025-03-04-board',
      '2025-03-11-monthly-sync',
    ]);
    const home = await page('');
    expect(toString(selectAll('h1', home)[0]!)).toBe('Tidewatch network meetings');
    const people = await page('people');
    expect(selectAll('main a[href^="/tide/people/"]', people).length).toBeGreaterThanOrEqual(4);
    // Bjørn is written "Bjorn" and "Bjørn" across the minutes: one person.
    expect(
      (await readFile(path.join(dist, 'people/bjoern-haugen/index.html'), 'utf8')).length,
    ).toBeGreaterThan(0);
    for (const name of await readdir(dist, { recursive: true })) {
      if (!/\.(html|xml|json)$/u.test(name)) continue;
      expect(await readFile(path.join(dist, name), 'utf8'), name).not.toMatch(/svsm|coconut/iu);
    }
  });

  it('prints no timing lines and warns that SITE_URL is not set', () => {
    expect(run.output).not.toMatch(/\btiming \w+ \d+/u);
    expect(run.output).toContain(
      'SITE_URL is not set: RSS, the sitemap and canonical links will point at https://minutebook.example.',
    );
  });

  it('is served by npm run preview at the base it was built for, without repeating BASE_PATH', async () => {
    const port = await freePort();
    const child = spawn('npm', ['run', 'preview', '--', '--port', String(port)], {
      cwd: repoRoot,
      env: {
        ...process.env,
        PATH: `${path.join(repoRoot, 'node_modules/.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
        OUT_DIR: dist,
        BASE_PATH: undefined,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    try {
      let output = '';
      await new Promise<void>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes(`localhost:${port}/`)) resolve();
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('close', (code) => reject(new Error(`preview exited ${code}:\n${output}`)));
      });
      expect(output).toContain(`http://localhost:${port}/tide/`);
      const home = await fetch(`http://localhost:${port}/tide/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('Tidewatch network meetings');
      expect((await fetch(`http://localhost:${port}/tide/meetings/2025-03-04-board/`)).status).toBe(
        200,
      );
    } finally {
      // npm starts astro in a child of its own: end the whole group this test started.
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
