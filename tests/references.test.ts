import { describe, expect, it } from 'vitest';
import { findReferences, referenceUrl } from '../src/lib/references.ts';

const refs = (text: string) =>
  findReferences(text).map((r) => [r.kind, r.number, text.slice(r.start, r.end)]);

describe('findReferences', () => {
  it('finds pull requests in the usual spellings', () => {
    expect(refs('See PR #237 and PR 1192, also PR#12 and pull request #40.')).toEqual([
      ['pull', 237, '#237'],
      ['pull', 1192, '1192'],
      ['pull', 12, '#12'],
      ['pull', 40, '#40'],
    ]);
  });

  it('finds every number of a list', () => {
    expect(refs('PRs #12 and #13 landed; issues #5, #6 and 7 remain.')).toEqual([
      ['pull', 12, '#12'],
      ['pull', 13, '#13'],
      ['issue', 5, '#5'],
      ['issue', 6, '#6'],
      ['issue', 7, '7'],
    ]);
  });

  it('finds issues, bare numbers and other repositories', () => {
    expect(refs('issue #54, Issue 811, the fix (#528), and coconut-svsm/qemu#9.')).toEqual([
      ['issue', 54, '#54'],
      ['issue', 811, '811'],
      ['issue', 528, '#528'],
      ['issue', 9, 'coconut-svsm/qemu#9'],
    ]);
    expect(findReferences('coconut-svsm/qemu#9')[0]?.repository).toBe('coconut-svsm/qemu');
  });

  it('leaves alone what is not a reference', () => {
    expect(refs('the #1 priority, Rust 1.82, https://example.org/page#42 and &#123;')).toEqual([]);
  });
});

describe('referenceUrl', () => {
  it('links pulls and issues to the configured repository', () => {
    expect(
      referenceUrl('https://github.com/coconut-svsm/svsm/', { kind: 'pull', number: 237 }),
    ).toBe('https://github.com/coconut-svsm/svsm/pull/237');
    expect(
      referenceUrl('https://github.com/coconut-svsm/svsm.git', { kind: 'issue', number: 54 }),
    ).toBe('https://github.com/coconut-svsm/svsm/issues/54');
    expect(
      referenceUrl('https://github.com/coconut-svsm/svsm', {
        kind: 'issue',
        number: 9,
        repository: 'coconut-svsm/qemu',
      }),
    ).toBe('https://github.com/coconut-svsm/qemu/issues/9');
  });

  it("links merge requests and issues on a GitLab host, with the project's groups", () => {
    const repository = 'https://gitlab.example.org/infra/tools/minutes-bot.git';
    expect(referenceUrl(repository, { kind: 'pull', number: 123 })).toBe(
      'https://gitlab.example.org/infra/tools/minutes-bot/-/merge_requests/123',
    );
    expect(referenceUrl(repository, { kind: 'issue', number: 45 })).toBe(
      'https://gitlab.example.org/infra/tools/minutes-bot/-/issues/45',
    );
    // A page inside the project, and a GitLab instance whose name does not say GitLab.
    expect(
      referenceUrl('https://salsa.debian.org/team/pkg/-/tree/main', { kind: 'pull', number: 7 }),
    ).toBe('https://salsa.debian.org/team/pkg/-/merge_requests/7');
    expect(
      referenceUrl(repository, { kind: 'issue', number: 9, repository: 'infra/website' }),
    ).toBe('https://gitlab.example.org/infra/website/-/issues/9');
  });

  it('links pulls and issues on Gitea and Forgejo hosts such as Codeberg', () => {
    expect(referenceUrl('https://codeberg.org/team/app', { kind: 'pull', number: 12 })).toBe(
      'https://codeberg.org/team/app/pulls/12',
    );
    expect(
      referenceUrl('https://forgejo.example.net/team/app/', { kind: 'issue', number: 3 }),
    ).toBe('https://forgejo.example.net/team/app/issues/3');
  });

  it('makes no URL on a host whose URL shapes are not known', () => {
    expect(referenceUrl('https://git.example.org/team/app', { kind: 'pull', number: 12 })).toBe(
      undefined,
    );
    expect(
      referenceUrl('https://git.example.org/team/app', {
        kind: 'issue',
        number: 4,
        repository: 'other/app',
      }),
    ).toBe(undefined);
  });
});
