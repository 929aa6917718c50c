/**
 * Which kind of code host ("forge") a repository URL is on, so links into it take that host's URL
 * shapes: GitHub `…/pull/N`, GitLab `…/-/merge_requests/N`, Gitea and Forgejo `…/pulls/N`.
 *
 * A host is known by its name: github.com; GitLab.com, any host whose name has a `gitlab` label
 * (gitlab.gnome.org) and the public GitLab instances in `gitlabHosts`; codeberg.org, gitea.com and any
 * host named with `gitea` or `forgejo`. Any other host is unknown (a self-hosted forge can be anything),
 * and callers then make no URL rather than guess one.
 */
export type ForgeKind = 'github' | 'gitlab' | 'gitea';

/** Public GitLab instances whose names do not say so. */
const gitlabHosts: ReadonlySet<string> = new Set([
  'salsa.debian.org',
  'invent.kde.org',
  'framagit.org',
  'code.videolan.org',
  'git.drupalcode.org',
]);

const giteaHosts: ReadonlySet<string> = new Set(['codeberg.org', 'gitea.com', 'git.disroot.org']);

/** The forge a host name belongs to (lower-case, without a port), or undefined when unknown. */
export function forgeOfHost(host: string): ForgeKind | undefined {
  const name = host.toLowerCase().replace(/^www\./u, '');
  if (name === 'github.com') return 'github';
  if (gitlabHosts.has(name) || /(?:^|\.)gitlab\./u.test(name)) return 'gitlab';
  if (giteaHosts.has(name) || /gitea|forgejo/u.test(name)) return 'gitea';
  return undefined;
}

export interface Repository {
  forge: ForgeKind;
  /** `https://host`, without a trailing slash. */
  origin: string;
  /** The project's path on the host: `owner/repo`, or `group/subgroup/project` on GitLab. */
  project: string;
}

/**
 * A repository's forge, origin and project path from its web or clone URL (`…/owner/repo`, `.git`,
 * a trailing `/`, or a page inside it such as `…/tree/main` or `…/-/tree/main`); undefined when the
 * host is unknown or the URL names no project.
 */
export function parseRepository(url: string): Repository | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const forge = forgeOfHost(parsed.hostname);
  if (!forge) return undefined;
  const segments = parsed.pathname
    .replace(/\/+$/u, '')
    .replace(/\.git$/u, '')
    .split('/')
    .filter(Boolean);
  // GitLab nests groups, and every page inside a project comes after `/-/`; GitHub and Gitea
  // projects are always `owner/repo`.
  const dash = segments.indexOf('-');
  const project =
    forge === 'gitlab' ? segments.slice(0, dash === -1 ? undefined : dash) : segments.slice(0, 2);
  if (project.length < 2) return undefined;
  return { forge, origin: parsed.origin, project: project.join('/') };
}

const paths: Record<ForgeKind, Record<'pull' | 'issue', string>> = {
  github: { pull: 'pull', issue: 'issues' },
  gitlab: { pull: '-/merge_requests', issue: '-/issues' },
  gitea: { pull: 'pulls', issue: 'issues' },
};

/** The page of pull request (merge request) or issue `number` of a project on its forge. */
export function forgeItemUrl(
  repository: Repository,
  kind: 'pull' | 'issue',
  number: number,
): string {
  return `${repository.origin}/${repository.project}/${paths[repository.forge][kind]}/${number}`;
}
