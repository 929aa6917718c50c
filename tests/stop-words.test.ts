import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, mkdir, rename, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  archiveNameWords,
  createStopWords,
  generalStopWords,
} from '../src/lib/topics/stop-words.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');

describe('topic-suggestion stop words', () => {
  it("take the archive's own name from its series, title and repository", () => {
    const words = archiveNameWords({
      series: ['Monthly Sync', 'Board Meeting'],
      site: {
        title: 'Tidewatch network meetings',
        repository: 'https://gitlab.example.org/tidewatch/gauge-firmware',
      },
    });
    expect([...words].sort()).toEqual([
      'board',
      'firmware',
      'gauge',
      'meeting',
      'meetings',
      'monthly',
      'network',
      'sync',
      'tidewatch',
    ]);
  });

  it('name no project: the general list holds English and meeting words only', () => {
    for (const project of ['svsm', 'coconut', 'tidewatch', 'quokka']) {
      expect(generalStopWords.has(project), project).toBe(false);
    }
    const stop = createStopWords({ series: ['Quokka Call'], site: { title: 'Quokka' } });
    expect(stop.has('quokka')).toBe(true);
    expect(stop.has('the')).toBe(true);
    expect(stop.has('calibration')).toBe(false);
  });
});

describe('npm run topics:suggest', () => {
  const suggest = (...args: string[]) =>
    spawnSync(
      path.join(repoRoot, 'node_modules/.bin/tsx'),
      [path.join(repoRoot, 'scripts/topics-suggest.ts'), ...args],
      { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, INIT_CWD: repoRoot } },
    );

  it('answers --help with its usage instead of reading a folder called --help', () => {
    const run = suggest('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run topics:suggest \[-- <content-dir>\]/u);
    expect(run.stdout).not.toContain('No minutes found');
  });

  it("suggests a second team's subjects, not its own name", () => {
    const run = suggest('tests/fixtures/second-team');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Headings no topic matches (2):');
    expect(run.stdout).toContain('  Budget  (1×, e.g. minutes/2025-03-04-board.md)');
    // The old hard-coded list let the team's own name through: "tidewatch firmware (2 minutes)".
    expect(run.stdout).not.toMatch(/tidewatch|monthly|sync/iu);
    expect(run.stdout).toContain('  watchdog  (2 minutes)');
  });

  it('reads symlinked minutes files and folders, as the build does', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'topics-suggest-'));
    try {
      const content = path.join(work, 'content');
      await cp(path.join(repoRoot, 'tests/fixtures/second-team'), content, { recursive: true });
      const minutes = path.join(content, 'minutes');
      // One file through a link to it, and one inside a linked folder, both kept outside minutes/.
      await mkdir(path.join(work, 'elsewhere/2025'), { recursive: true });
      await rename(
        path.join(minutes, '2025-03-04-board.md'),
        path.join(work, 'elsewhere/board.md'),
      );
      await symlink(
        path.join(work, 'elsewhere/board.md'),
        path.join(minutes, '2025-03-04-board.md'),
      );
      await rename(
        path.join(minutes, '2025-02-11-monthly-sync.md'),
        path.join(work, 'elsewhere/2025/2025-02-11-monthly-sync.md'),
      );
      await symlink(path.join(work, 'elsewhere/2025'), path.join(minutes, '2025'));
      const run = suggest(content);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('  Budget  (1×, e.g. minutes/2025-03-04-board.md)');
      expect(run.stdout).toContain('(in at least 2 of 4 minutes)');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
