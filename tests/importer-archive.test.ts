import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countByStatus, formatReport, importFiles } from '../src/lib/importer/import-archive.ts';
import type { FileReport } from '../src/lib/importer/import-archive.ts';
import { resolveSource, SourceError, webBase } from '../src/lib/importer/sources.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(import.meta.dirname, 'fixtures/import');

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'importer-test-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function importFolder(
  folder: string,
  outDir: string,
  options: { force?: boolean; dryRun?: boolean } = {},
): Promise<FileReport[]> {
  const source = await resolveSource(folder, { cwd: fixtures });
  return importFiles(source.files, { outDir, ...options });
}

async function snapshot(folder: string): Promise<Record<string, string>> {
  const names = (await readdir(folder)).sort();
  return Object.fromEntries(
    await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(folder, name), 'utf8')] as const),
    ),
  );
}

describe('importing a folder', () => {
  it('imports each file, ignores README, and fails only the undatable one with its reason', async () => {
    const out = path.join(work, 'minutes');
    const source = await resolveSource('archive', { cwd: fixtures });
    expect(source.ignored).toEqual(['README.md']);
    const progress: string[] = [];
    const reports = await importFiles(source.files, {
      outDir: out,
      onProgress: (done, total, report) => progress.push(`${done}/${total} ${report.file}`),
    });

    expect(progress).toEqual([
      '1/4 declared-2024-05-07.md',
      '2/4 design-call.md',
      '3/4 release-review-2024-04-02.md',
      '4/4 team-sync-2024-03-05.md',
    ]);
    expect(countByStatus(reports)).toEqual({ imported: 3, unchanged: 0, skipped: 0, failed: 1 });
    expect(Object.keys(await snapshot(out))).toEqual([
      '2024-03-05-widget-team-sync.mdx',
      '2024-04-02-release-review.mdx',
      '2024-05-07-widget-team-sync.mdx',
    ]);
    expect(await readFile(path.join(out, '2024-04-02-release-review.mdx'), 'utf8')).toContain(
      'source: archive/release-review-2024-04-02.md\n',
    );

    const report = formatReport({ files: reports, ignored: source.ignored, dryRun: false });
    expect(report).toContain('4 files: 3 imported, 0 unchanged, 0 skipped, 1 failed');
    expect(report).toContain('Ignored (not minutes): README.md');
    expect(report).toContain(
      'Failed:\n  design-call.md:1: no date: neither the title "Design Call"',
    );
    expect(report).toContain(
      'release-review-2024-04-02.md:1: date only from file name (2024-04-02)',
    );
    expect(report).toContain('release-review-2024-04-02.md: no attendee list');
    expect(report).toContain('team-sync-2024-03-05.md:29: empty section "Empty topic:"');
  });

  it('is idempotent: a second run reports everything unchanged and writes identical bytes', async () => {
    const out = path.join(work, 'minutes');
    await importFolder('archive', out);
    const before = await snapshot(out);
    const second = await importFolder('archive', out);
    expect(countByStatus(second)).toEqual({ imported: 0, unchanged: 3, skipped: 0, failed: 1 });
    expect(await snapshot(out)).toEqual(before);
  });

  it('skips an edited output file and reports it, and overwrites it only with force', async () => {
    const out = path.join(work, 'minutes');
    await importFolder('archive', out);
    const edited = path.join(out, '2024-03-05-widget-team-sync.mdx');
    await writeFile(edited, `${await readFile(edited, 'utf8')}\n* Added by hand.\n`);

    const second = await importFolder('archive', out);
    const skipped = second.find((report) => report.status === 'skipped');
    expect(skipped?.reasons).toMatchObject([
      {
        message:
          '2024-03-05-widget-team-sync.mdx was edited after it was imported; --force overwrites it',
      },
    ]);
    expect(await readFile(edited, 'utf8')).toContain('Added by hand.');

    const forced = await importFolder('archive', out, { force: true });
    expect(forced.find((report) => report.file === 'team-sync-2024-03-05.md')).toMatchObject({
      status: 'imported',
      overwritten: true,
    });
    expect(await readFile(edited, 'utf8')).not.toContain('Added by hand.');
  });

  it('writes nothing on a dry run', async () => {
    const out = path.join(work, 'minutes');
    const reports = await importFolder('archive', out, { dryRun: true });
    expect(countByStatus(reports).imported).toBe(3);
    await expect(readdir(out)).rejects.toThrow();
  });

  it('fails a file whose date and series collide with an earlier one, naming both', async () => {
    const folder = path.join(work, 'in');
    await cp(path.join(fixtures, 'archive'), folder, { recursive: true });
    await writeFile(
      path.join(folder, 'zz-copy.md'),
      await readFile(path.join(folder, 'team-sync-2024-03-05.md')),
    );
    const reports = await importFolder(folder, path.join(work, 'out'));
    expect(reports.at(-1)).toMatchObject({
      file: 'zz-copy.md',
      status: 'failed',
      reasons: [
        {
          message:
            'same date and series as team-sync-2024-03-05.md: both would be written to 2024-03-05-widget-team-sync.mdx',
        },
      ],
    });
  });

  it('reports a missing source or subfolder clearly', async () => {
    await expect(resolveSource('nowhere', { cwd: fixtures })).rejects.toThrow(
      new SourceError('source not found: nowhere'),
    );
    await expect(
      resolveSource('archive', { cwd: fixtures, subfolder: 'Meetings' }),
    ).rejects.toThrow('--path Meetings: no such folder in the source');
    await expect(resolveSource('archive', { cwd: fixtures, subfolder: '../bad' })).rejects.toThrow(
      '--path ../bad points outside the source',
    );
  });
});

describe('importing a folder kept with links and other extensions', () => {
  it('reads .MD and .markdown files, symlinked files and symlinked folders, and names a broken link', async () => {
    await cp(path.join(fixtures, 'linked'), work, { recursive: true });
    const minutes = path.join(work, 'minutes');
    const elsewhere = path.join(work, 'kept-elsewhere');
    await symlink(path.join(elsewhere, '2024'), path.join(minutes, '2024'));
    await symlink(
      path.join(elsewhere, 'gadget-sync-2024-07-23.md'),
      path.join(minutes, 'signing-keys.md'),
    );
    await symlink(path.join(elsewhere, 'moved-away.md'), path.join(minutes, 'moved-away.md'));
    const source = await resolveSource(minutes, { cwd: work });
    expect(source.files.map((file) => file.path)).toEqual([
      '2024/gadget-sync-2024-07-16.md',
      'Gadget-Sync-2024-07-02.MD',
      'gadget-sync-2024-07-09.markdown',
      'signing-keys.md',
    ]);
    expect(source.ignored).toEqual([
      `moved-away.md (a symbolic link to ${path.join(elsewhere, 'moved-away.md')}, which does not exist)`,
    ]);
    const reports = await importFiles(source.files, { outDir: path.join(work, 'out') });
    expect(countByStatus(reports)).toEqual({ imported: 4, unchanged: 0, skipped: 0, failed: 0 });
  });
});

describe('importing a file that is not UTF-8', () => {
  it('fails it at the line of the first unreadable byte instead of writing U+FFFD into a name', async () => {
    const source = await resolveSource('latin1', { cwd: fixtures });
    const [report] = await importFiles(source.files, { outDir: path.join(work, 'out') });
    expect(report?.status).toBe('failed');
    expect(report?.reasons).toMatchObject([
      {
        message:
          'not UTF-8: byte 0xF6 cannot be read; it looks like Latin-1 or Windows-1252 ("ö" there). Save the file as UTF-8 (most editors offer it under "Save with encoding").',
        line: 5,
      },
    ]);
    expect(await readdir(path.join(work, 'out')).catch(() => [])).toEqual([]);
  });
});

describe('importing a git repository', () => {
  it('clones it, reads --path, and records the source path within the repository', async () => {
    const repository = path.join(work, 'governance');
    await cp(path.join(fixtures, 'archive'), path.join(repository, 'Meetings'), {
      recursive: true,
    });
    const git = (...args: string[]): Promise<unknown> =>
      run('git', [
        '-C',
        repository,
        '-c',
        'user.name=Test',
        '-c',
        'user.email=test@example.org',
        ...args,
      ]);
    await git('init', '--quiet', '--initial-branch=trunk');
    await git('add', '.');
    await git('commit', '--quiet', '-m', 'minutes');
    // Uncommitted files are not part of the repository and must not be imported.
    await writeFile(
      path.join(repository, 'Meetings', 'uncommitted-2024-09-09.md'),
      '# Meeting: X (September 9, 2024)\n',
    );

    const source = await resolveSource('governance', { cwd: work, subfolder: 'Meetings' });
    try {
      expect(source.files.map((file) => file.displayPath)).toEqual([
        'Meetings/declared-2024-05-07.md',
        'Meetings/design-call.md',
        'Meetings/release-review-2024-04-02.md',
        'Meetings/team-sync-2024-03-05.md',
      ]);
      expect(source.files[3]?.source).toBe('governance/Meetings/team-sync-2024-03-05.md');
      const reports = await importFiles(source.files, { outDir: path.join(work, 'out') });
      expect(countByStatus(reports)).toEqual({ imported: 3, unchanged: 0, skipped: 0, failed: 1 });
    } finally {
      await source.cleanup();
    }
  });

  it('follows no symbolic link out of the clone: a repository cannot pull in a file of this machine', async () => {
    const repository = path.join(work, 'hostile');
    await cp(path.join(fixtures, 'linked/minutes'), path.join(repository, 'Meetings'), {
      recursive: true,
    });
    const secret = path.join(work, 'private-notes.md');
    await writeFile(
      secret,
      '# Meeting Minutes: Private (July 30th, 2024)\n\n* Not for publishing.\n',
    );
    await symlink(secret, path.join(repository, 'Meetings', 'gadget-sync-2024-07-30.md'));
    const git = (...args: string[]): Promise<unknown> =>
      run('git', [
        '-C',
        repository,
        '-c',
        'user.name=T',
        '-c',
        'user.email=t@example.org',
        ...args,
      ]);
    await git('init', '--quiet');
    await git('add', '.');
    await git('commit', '--quiet', '-m', 'minutes');
    const source = await resolveSource('hostile', { cwd: work, subfolder: 'Meetings' });
    try {
      expect(source.files.map((file) => file.displayPath)).toEqual([
        'Meetings/Gadget-Sync-2024-07-02.MD',
        'Meetings/gadget-sync-2024-07-09.markdown',
      ]);
      expect(source.ignored).toEqual([
        expect.stringMatching(
          /^Meetings\/gadget-sync-2024-07-30\.md \(a symbolic link out of .* \(to .*private-notes\.md\), not followed\)$/u,
        ),
      ]);
    } finally {
      await source.cleanup();
    }
  });

  it('links hosted repositories to their web pages', () => {
    expect(webBase('https://github.com/coconut-svsm/governance.git', 'main')).toBe(
      'https://github.com/coconut-svsm/governance/blob/main',
    );
    expect(webBase('git@github.com:coconut-svsm/governance.git', 'main')).toBe(
      'https://github.com/coconut-svsm/governance/blob/main',
    );
    expect(webBase('https://gitlab.com/group/minutes', 'trunk')).toBe(
      'https://gitlab.com/group/minutes/-/blob/trunk',
    );
    expect(webBase('https://codeberg.org/group/minutes.git', 'main')).toBe(
      'https://codeberg.org/group/minutes/src/branch/main',
    );
    expect(webBase('https://gitea.example.org/group/minutes', 'main')).toBe(
      'https://gitea.example.org/group/minutes/src/branch/main',
    );
    // A host whose URL shape is unknown gets no guessed link; --source-url gives one.
    expect(webBase('https://git.example.org/minutes.git', 'main')).toBeUndefined();
  });

  it('explains a failed clone', async () => {
    await expect(resolveSource('https://127.0.0.1:1/nothing.git', { cwd: work })).rejects.toThrow(
      /^git clone of https:\/\/127\.0\.0\.1:1\/nothing\.git failed: /,
    );
  });
});

describe('npm run import', () => {
  it('prints N/M progress and the report, and exits non-zero when a file failed', async () => {
    const out = path.join(work, 'minutes');
    const result = await run(
      path.join(root, 'node_modules/.bin/tsx'),
      ['scripts/import.ts', path.join(fixtures, 'archive'), '--out', out],
      {
        cwd: root,
        env: { ...process.env, INIT_CWD: root },
      },
    ).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '[1/4] declared-2024-05-07.md -> 2024-05-07-widget-team-sync.mdx: imported',
    );
    expect(result.stderr).toContain('[2/4] design-call.md: failed');
    expect(result.stdout).toContain('4 files: 3 imported, 0 unchanged, 0 skipped, 1 failed');
  });

  it('exits 0 on a clean second run that changes nothing', async () => {
    const out = path.join(work, 'minutes');
    const source = path.join(work, 'clean');
    await cp(
      path.join(fixtures, 'archive/team-sync-2024-03-05.md'),
      path.join(source, 'team-sync-2024-03-05.md'),
      { recursive: true },
    );
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    await run(tsx, ['scripts/import.ts', source, '--out', out], { cwd: root });
    const { stdout } = await run(tsx, ['scripts/import.ts', source, '--out', out], { cwd: root });
    expect(stdout).toContain('1 file: 0 imported, 1 unchanged, 0 skipped, 0 failed');
  });
});
