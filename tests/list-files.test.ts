import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../src/lib/files/list-files.ts';

/**
 * A folder like a minutes folder kept by hand: a year folder, a symlinked file, a symlinked folder
 * kept elsewhere, a link back up (a loop), a broken link and a hidden folder.
 */
let root: string;

beforeAll(async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'minutebook-list-'));
  root = path.join(work, 'minutes');
  const elsewhere = path.join(work, 'elsewhere');
  await mkdir(path.join(root, '2024'), { recursive: true });
  await mkdir(path.join(root, '.git'));
  await mkdir(elsewhere);
  await writeFile(path.join(root, '2024/2024-05-01-call.md'), 'a');
  await writeFile(path.join(root, '.git/config.md'), 'hidden');
  await writeFile(path.join(elsewhere, '2025-02-03-call.mdx'), 'b');
  await writeFile(path.join(work, 'shared-notes.md'), 'c');
  await symlink(elsewhere, path.join(root, '2025'));
  await symlink(path.join(work, 'shared-notes.md'), path.join(root, 'notes.md'));
  await symlink(root, path.join(root, '2024/up'));
  await symlink(path.join(work, 'gone.md'), path.join(root, 'gone.md'));
});

describe('listFiles', () => {
  it('follows symlinked files and folders, skips hidden folders, and names what it could not read', async () => {
    const listing = await listFiles(root);
    expect(listing.files.map((file) => file.relative)).toEqual([
      '2024/2024-05-01-call.md',
      '2025/2025-02-03-call.mdx',
      'notes.md',
    ]);
    expect(listing.files[1]?.absolute).toBe(path.join(root, '2025/2025-02-03-call.mdx'));
    expect(listing.unread).toEqual([
      { relative: '2024/up', reason: 'a symbolic link to a folder already read (.)' },
      {
        relative: 'gone.md',
        reason: `a symbolic link to ${path.join(path.dirname(root), 'gone.md')}, which does not exist`,
      },
    ]);
  });

  it('follows no link out of the folder it is fenced in', async () => {
    const listing = await listFiles(root, { within: root });
    expect(listing.files.map((file) => file.relative)).toEqual(['2024/2024-05-01-call.md']);
    expect(listing.unread.map((entry) => `${entry.relative}: ${entry.reason}`)).toEqual([
      '2024/up: a symbolic link to a folder already read (.)',
      `2025: a symbolic link out of ${root} (to ${path.join(path.dirname(root), 'elsewhere')}), not followed`,
      `gone.md: a symbolic link to ${path.join(path.dirname(root), 'gone.md')}, which does not exist`,
      `notes.md: a symbolic link out of ${root} (to ${path.join(path.dirname(root), 'shared-notes.md')}), not followed`,
    ]);
  });
});
