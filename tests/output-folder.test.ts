import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { outputFolderProblem } from '../src/lib/output-folder.ts';

/** A project with a content folder, laid out like a checkout: root/content/minutes. */
let root: string;
let content: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'minutebook-outdir-'));
  content = path.join(root, 'content');
  await mkdir(path.join(content, 'minutes'), { recursive: true });
  await writeFile(path.join(content, 'minutes/2025-01-08-call.mdx'), '---\n---\n');
  await mkdir(path.join(root, 'src'));
  await writeFile(path.join(root, 'src/page.astro'), '');
  await mkdir(path.join(root, 'old-build/_astro'), { recursive: true });
  await writeFile(path.join(root, 'old-build/index.html'), '');
  await symlink(content, path.join(root, 'link-to-content'));
});

const check = (outDir: string) =>
  outputFolderProblem({ outDir, contentDir: content, projectRoot: root });

describe('the output folder check', () => {
  it('refuses the content folder itself, naming it', () => {
    expect(check(content)).toMatch(/^The output folder .*content is the content folder/);
  });

  it('refuses a folder that contains the content folder or the project', () => {
    expect(check(root)).toContain('contains the content folder');
    expect(check(path.dirname(root))).toContain('contains the content folder');
    const elsewhere = path.join(root, 'src');
    expect(
      outputFolderProblem({
        outDir: root,
        contentDir: '/nonexistent-content',
        projectRoot: elsewhere,
      }),
    ).toContain(`contains the project folder ${elsewhere}`);
  });

  it('refuses a folder of the content, for the minutes it holds', () => {
    expect(check(path.join(content, 'minutes'))).toContain(
      'holds files that are not a built site (2025-01-08-call.mdx)',
    );
  });

  it('sees through a symlink to the content folder and a relative spelling', () => {
    expect(check(path.join(root, 'link-to-content'))).toContain('is the content folder');
    expect(check(path.join(root, 'src', '..', 'content', '.'))).toContain('is the content folder');
  });

  it('refuses a folder holding files that are not a built site, naming some of them', () => {
    expect(check(path.join(root, 'src'))).toMatch(
      /holds files that are not a built site \(page\.astro\)/,
    );
  });

  it('accepts a new folder, an empty one and an earlier build', async () => {
    expect(check(path.join(root, 'dist'))).toBeUndefined();
    await mkdir(path.join(root, 'empty'));
    expect(check(path.join(root, 'empty'))).toBeUndefined();
    expect(check(path.join(root, 'old-build'))).toBeUndefined();
  });
});
