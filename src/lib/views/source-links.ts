/**
 * "View original" and "Edit" for a meeting whose `source` is known. Only a web address can be viewed;
 * an edit link exists where the host's URL scheme for editing a file is known (GitHub, GitLab and
 * Gitea/Forgejo hosts such as Codeberg), derived from the file's view URL.
 */
export interface SourceLinks {
  view: string | undefined;
  edit: string | undefined;
}

const editRules: readonly [RegExp, string][] = [
  // https://github.com/owner/repo/blob/main/path → …/edit/main/path
  [/^(https:\/\/github\.com\/[^/]+\/[^/]+)\/blob\/(.+)$/, '$1/edit/$2'],
  // https://gitlab.com/group/project/-/blob/main/path → …/-/edit/main/path
  [/^(https:\/\/[^/]+\/.+?)\/-\/blob\/(.+)$/, '$1/-/edit/$2'],
  // https://codeberg.org/owner/repo/src/branch/main/path → …/_edit/main/path
  [/^(https:\/\/[^/]+\/[^/]+\/[^/]+)\/src\/branch\/(.+)$/, '$1/_edit/$2'],
];

/** A path names a file on the machine that imported the minutes, not an original a reader can open. */
export function sourceLinks(source: string | undefined): SourceLinks {
  if (source === undefined || !/^https?:\/\//i.test(source))
    return { view: undefined, edit: undefined };
  const rule = editRules.find(([pattern]) => pattern.test(source));
  return { view: source, edit: rule ? source.replace(rule[0], rule[1]) : undefined };
}
