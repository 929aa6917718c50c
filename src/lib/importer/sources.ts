import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SourceFile {
  /** Where to read it now (inside a temporary clone for git sources). */
  absolutePath: string;
  /** Path shown in progress and reports, e.g. `Meetings/devel-call-2024-11-27.md`. */
  displayPath: string;
  /** Value for the `source` frontmatter field: the original's path or URL. */
  source: string;
}

export interface ResolvedSource {
  files: SourceFile[];
  /** Files in the folder that were not read, e.g. `README.md`, to mention in the report. */
  ignored: string[];
  /** Removes the temporary clone, if any. */
  cleanup: () => Promise<void>;
}

export interface ResolveOptions {
  /** Folder that relative source paths are relative to (the user's working directory). */
  cwd: string;
  /** Subfolder of the source to read, e.g. `Meetings`. */
  subfolder?: string | undefined;
  /** Overrides the `source` field: a URL or path standing for the source root (or the file itself). */
  sourceUrl?: string | undefined;
}

/** A user-facing failure to find or fetch the source; the message is printed as is. */
export class SourceError extends Error {
  override name = 'SourceError';
}

const minutesExtensions = new Set(['.md', '.markdown']);

export function isRemoteGitSource(spec: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(spec) || /^[\w.-]+@[\w.-]+:/.test(spec);
}

/** Resolves `<source>`: a folder of `.md` files, one file, or a git repository (local path or URL). */
export async function resolveSource(
  spec: string,
  options: ResolveOptions,
): Promise<ResolvedSource> {
  if (isRemoteGitSource(spec)) return cloneSource(spec, spec, options);

  const absolute = path.resolve(options.cwd, spec);
  const info = await stat(absolute).catch(() => undefined);
  if (info === undefined) throw new SourceError(`source not found: ${spec}`);
  const shownSpec = toPosix(path.normalize(spec)).replace(/\/+$/, '');

  if (info.isFile()) {
    if (options.subfolder)
      throw new SourceError(
        `--path ${options.subfolder} needs a folder or repository, but ${spec} is a file`,
      );
    return {
      files: [
        {
          absolutePath: absolute,
          displayPath: path.basename(absolute),
          source: options.sourceUrl ?? shownSpec,
        },
      ],
      ignored: [],
      cleanup: async () => {},
    };
  }
  if (await isGitRepository(absolute)) return cloneSource(`file://${absolute}`, shownSpec, options);
  const { files, ignored } = await listFolder(absolute, options.subfolder, (relative) =>
    sourceFor(options.sourceUrl ?? shownSpec, relative),
  );
  return { files, ignored, cleanup: async () => {} };
}

async function isGitRepository(folder: string): Promise<boolean> {
  return (await stat(path.join(folder, '.git')).catch(() => undefined)) !== undefined;
}

async function cloneSource(
  cloneUrl: string,
  shownSpec: string,
  options: ResolveOptions,
): Promise<ResolvedSource> {
  const target = await mkdtemp(path.join(tmpdir(), 'minutebook-import-'));
  const cleanup = async (): Promise<void> => rm(target, { recursive: true, force: true });
  try {
    await run('git', ['clone', '--depth', '1', '--quiet', '--', cloneUrl, target], {
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
  } catch (error) {
    await cleanup();
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT')
      throw new SourceError(`git is not installed; it is needed to clone ${shownSpec}`);
    throw new SourceError(
      `git clone of ${shownSpec} failed: ${(failure.stderr ?? failure.message).trim()}`,
    );
  }
  try {
    const branch = await readBranch(target);
    const base = options.sourceUrl ?? webBase(shownSpec, branch);
    const listing = await listFolder(target, options.subfolder, (relative) =>
      sourceFor(base, relative),
    );
    return { ...listing, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

async function readBranch(repository: string): Promise<string> {
  try {
    const { stdout } = await run('git', ['-C', repository, 'rev-parse', '--abbrev-ref', 'HEAD']);
    return stdout.trim() || 'HEAD';
  } catch {
    return 'HEAD';
  }
}

/** Where a person can read a file of the repository: the GitHub/GitLab page for hosted repositories. */
export function webBase(spec: string, branch: string): string {
  const scp = /^[\w.-]+@([\w.-]+):(.+)$/.exec(spec);
  const url = (scp ? `https://${scp[1]}/${scp[2]}` : spec)
    .replace(/\.git\/?$/, '')
    .replace(/\/+$/, '');
  if (/^https?:\/\/(www\.)?github\.com\//i.test(url)) return `${url}/blob/${branch}`;
  if (/^https?:\/\/(www\.)?gitlab\.com\//i.test(url)) return `${url}/-/blob/${branch}`;
  return url;
}

function sourceFor(base: string, relative: string): string {
  return `${base.replace(/\/+$/, '')}/${relative}`;
}

async function listFolder(
  root: string,
  subfolder: string | undefined,
  toSource: (relative: string) => string,
): Promise<{ files: SourceFile[]; ignored: string[] }> {
  const folder = path.resolve(root, subfolder ?? '.');
  const inside = path.relative(root, folder);
  if (inside.startsWith('..') || path.isAbsolute(inside))
    throw new SourceError(`--path ${subfolder} points outside the source`);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory())
    throw new SourceError(`--path ${subfolder}: no such folder in the source`);

  const entries = (await readdir(folder, { withFileTypes: true })).filter((entry) =>
    entry.isFile(),
  );
  const names = entries.map((entry) => entry.name).sort();
  const files: SourceFile[] = [];
  const ignored: string[] = [];
  for (const name of names) {
    const relative = toPosix(path.join(inside, name));
    if (!minutesExtensions.has(path.extname(name).toLowerCase())) continue;
    // A folder's README describes the folder; it is not a meeting.
    if (/^readme\./i.test(name)) {
      ignored.push(relative);
      continue;
    }
    files.push({
      absolutePath: path.join(folder, name),
      displayPath: relative,
      source: toSource(relative),
    });
  }
  return { files, ignored };
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
