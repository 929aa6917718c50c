import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { listFiles } from '../files/list-files.ts';
import { forgeOfHost } from '../forges.ts';

const run = promisify(execFile);

export interface SourceFile {
  /** Where to read it now (inside a temporary clone for git sources). */
  absolutePath: string;
  /** Path shown in progress and reports, e.g. `Meetings/devel-call-2024-11-27.md`. */
  displayPath: string;
  /** Value for the `source` frontmatter field: the original's path or URL. */
  source: string;
  /** Path inside the source (`main/2024/CG-01-02.md`); folder names may carry the year. */
  path: string;
  /** The folder the source's own links are relative to when they start with `/` (the repository root). */
  root: string;
  /** The folder the minutes were listed from; attachments keep their path relative to it. */
  folder: string;
  /** Where a file of the source can be read upstream (`<base>/<path>`), when known. */
  upstream?: string | undefined;
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

function isRemoteGitSource(spec: string): boolean {
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
    const checkout = await findCheckout(path.dirname(absolute));
    const inRepository = checkout ? toPosix(path.relative(checkout.root, absolute)) : undefined;
    const name = path.basename(absolute);
    return {
      files: [
        {
          absolutePath: absolute,
          displayPath: name,
          path: name,
          root: checkout?.root ?? path.dirname(absolute),
          folder: path.dirname(absolute),
          upstream: options.sourceUrl ? undefined : checkout?.web,
          source: options.sourceUrl
            ? fileUrl(options.sourceUrl, name, true)
            : checkout?.web && inRepository
              ? fileUrl(checkout.web, inRepository)
              : shownSpec,
        },
      ],
      ignored: [],
      cleanup: async () => {},
    };
  }
  if (await isGitRepository(absolute)) {
    const remote = await readRemote(absolute);
    return cloneSource(`file://${absolute}`, remote ?? shownSpec, options, remote !== undefined);
  }
  // A folder inside a git checkout links to the checkout's upstream when it has one.
  const checkout = options.sourceUrl ? undefined : await findCheckout(absolute);
  const prefix = checkout ? toPosix(path.relative(checkout.root, absolute)) : '';
  const listing = await listFolder(absolute, options.subfolder, (relative) =>
    options.sourceUrl
      ? fileUrl(options.sourceUrl, relative)
      : checkout?.web
        ? fileUrl(checkout.web, path.posix.join(prefix, relative))
        : sourceFor(shownSpec, relative),
  );
  for (const file of listing.files) {
    if (checkout?.web) {
      file.root = checkout.root;
      file.upstream = checkout.web;
    } else file.upstream = options.sourceUrl;
  }
  return { ...listing, cleanup: async () => {} };
}

async function isGitRepository(folder: string): Promise<boolean> {
  return (await stat(path.join(folder, '.git')).catch(() => undefined)) !== undefined;
}

/** The `origin` remote of a local repository, when it has one. */
async function readRemote(repository: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['-C', repository, 'remote', 'get-url', 'origin']);
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The git work tree a folder belongs to, and its web URL when its `origin` is a known host. */
async function findCheckout(
  folder: string,
): Promise<{ root: string; web: string | undefined } | undefined> {
  try {
    const { stdout } = await run('git', ['-C', folder, 'rev-parse', '--show-toplevel']);
    const root = stdout.trim();
    if (!root) return undefined;
    const remote = await readRemote(root);
    const web = remote ? webBase(remote, await readBranch(root)) : undefined;
    return { root, web };
  } catch {
    return undefined;
  }
}

async function cloneSource(
  cloneUrl: string,
  shownSpec: string,
  options: ResolveOptions,
  hosted = true,
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
    const web = options.sourceUrl ?? (hosted ? webBase(shownSpec, branch) : undefined);
    // A clone is someone else's content: its links may not reach out of it into this machine.
    const listing = await listFolder(
      target,
      options.subfolder,
      (relative) => (web ? fileUrl(web, relative) : sourceFor(shownSpec, relative)),
      target,
    );
    for (const file of listing.files) {
      file.root = target;
      file.upstream = web;
    }
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

/**
 * Where a person can read the files of a hosted repository (hosts as src/lib/forges.ts knows them):
 * GitHub and GitLab `…/blob/<branch>`, Gitea, Forgejo and Codeberg `…/src/branch/<branch>`. Undefined for a host whose URL
 * shape is unknown: `--source-url` says it then.
 */
export function webBase(spec: string, branch: string): string | undefined {
  const scp = /^[\w.-]+@([\w.-]+):(.+)$/.exec(spec);
  const url = (scp ? `https://${scp[1]}/${scp[2]}` : spec)
    .replace(/^(?:ssh|git):\/\/(?:[^@/]+@)?/i, 'https://')
    .replace(/\.git\/?$/, '')
    .replace(/\/+$/, '');
  const host = /^https?:\/\/(?:[^@/]+@)?([^/:]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';
  const clean = url.replace(/^(https?:\/\/)[^@/]+@/i, '$1');
  const forge = forgeOfHost(host);
  if (forge === 'github') return `${clean}/blob/${branch}`;
  if (forge === 'gitlab') return `${clean}/-/blob/${branch}`;
  if (forge === 'gitea') return `${clean}/src/branch/${branch}`;
  return undefined;
}

/**
 * The URL of `relative` under a web base or a `--source-url` template: `{path}` in the template is
 * replaced by the path, otherwise the path is appended.
 */
export function fileUrl(base: string, relative: string, whole = false): string {
  if (base.includes('{path}')) return base.replace('{path}', relative);
  if (whole && !base.endsWith('/')) return base;
  return sourceFor(base, relative);
}

/** The URL that serves a file's bytes (an image) rather than its page: GitHub, GitLab, Gitea shapes. */
export function rawUrl(url: string): string {
  return url
    .replace(/^(https?:\/\/(?:www\.)?github\.com\/[^/]+\/[^/]+)\/blob\//i, '$1/raw/')
    .replace(/\/-\/blob\//, '/-/raw/')
    .replace(/\/src\/branch\//, '/raw/branch/');
}

function sourceFor(base: string, relative: string): string {
  return `${base.replace(/\/+$/, '')}/${relative}`;
}

async function listFolder(
  root: string,
  subfolder: string | undefined,
  toSource: (relative: string) => string,
  within?: string,
): Promise<{ files: SourceFile[]; ignored: string[] }> {
  const folder = path.resolve(root, subfolder ?? '.');
  const inside = path.relative(root, folder);
  if (inside.startsWith('..') || path.isAbsolute(inside))
    throw new SourceError(`--path ${subfolder} points outside the source`);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory())
    throw new SourceError(`--path ${subfolder}: no such folder in the source`);

  // Minutes may sit in year folders (`main/2024/CG-01-02.md`), kept there through symbolic links too;
  // hidden folders (.git, .github) are not minutes.
  const listing = await listFiles(folder, within === undefined ? {} : { within });
  const names = listing.files.map((file) => file.relative);
  const files: SourceFile[] = [];
  const ignored = listing.unread.map(
    (entry) => `${toPosix(path.join(inside, entry.relative))} (${entry.reason})`,
  );
  for (const name of names) {
    const relative = toPosix(path.join(inside, name));
    if (!minutesExtensions.has(path.extname(name).toLowerCase())) continue;
    // A folder's README describes the folder; it is not a meeting.
    if (/^readme\./i.test(path.basename(name))) {
      ignored.push(relative);
      continue;
    }
    files.push({
      absolutePath: path.join(folder, name),
      displayPath: relative,
      path: relative,
      root,
      folder,
      source: toSource(relative),
    });
  }
  return { files, ignored };
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
