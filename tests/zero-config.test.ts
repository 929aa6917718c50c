/** An archive with no topics.yaml and no site.yaml: topics from recurring headings, defaults said aloud. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContentFolder } from '../src/lib/content-folder.ts';
import { importFiles } from '../src/lib/importer/import-archive.ts';
import { resolveSource } from '../src/lib/importer/sources.ts';
import { topicsFromHeadings } from '../src/lib/topics/from-headings.ts';
import type { MinutesFile } from '../src/lib/types.ts';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'zero-config-'));
  const source = await resolveSource('present-style', {
    cwd: path.join(import.meta.dirname, 'fixtures/import'),
  });
  await importFiles(source.files, { outDir: path.join(work, 'minutes') });
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('zero configuration', () => {
  it('makes recurring headings topics and reports the structural ones it left out', async () => {
    const folder = await loadContentFolder(work);
    expect(folder.problems).toEqual([]);
    expect(folder.topics.map((topic) => topic.name).sort()).toEqual([
      'Budget review',
      'example-org/council',
    ]);
    expect(folder.notes).toContain(
      'no topics.yaml: 2 topics from headings that recur in at least 2 meetings: Budget review, example-org/council',
    );
    expect(folder.notes).toContain(
      'recurring headings that only structure the minutes (or are dates), not made topics: Agenda, Links, Present',
    );
  });

  it('says which site defaults it used when there is no site.yaml, and nothing when there is one', async () => {
    const without = await loadContentFolder(work);
    expect(without.notes).toContain(
      'no site.yaml: using the defaults title "Meeting minutes", description "A searchable, cross-linked archive of meeting minutes.", and no repository (so "PR #12" is not linked)',
    );
    await writeFile(path.join(work, 'site.yaml'), 'title: Council minutes\n');
    await writeFile(path.join(work, 'topics.yaml'), '[]\n');
    const configured = await loadContentFolder(work);
    expect(configured.notes).toEqual([]);
    expect(configured.topics).toEqual([]);
  });

  it('says when the repository is on a host whose pull request and issue URLs it does not know', async () => {
    await writeFile(path.join(work, 'site.yaml'), 'repository: https://git.example.org/team/app\n');
    expect((await loadContentFolder(work)).notes).toContain(
      'site.yaml: the repository https://git.example.org/team/app is on a host whose pull request and issue addresses are not known (GitHub, GitLab, Gitea, Forgejo and Codeberg are), so "PR #12" and "#12" stay text',
    );
    await writeFile(
      path.join(work, 'site.yaml'),
      'repository: https://gitlab.example.org/team/app\n',
    );
    expect((await loadContentFolder(work)).notes.join('\n')).not.toContain('repository');
  });

  it('folds numbering, time boxes and issue numbers into one heading, and keeps dates out', () => {
    const file = (id: string, body: string): MinutesFile => ({
      id,
      file: `minutes/${id}.mdx`,
      format: 'mdx',
      frontmatter: { title: id, date: id, series: 'Sync', attendees: [], topics: [], draft: false },
      text: body,
    });
    const { topics, structural } = topicsFromHeadings([
      file(
        '2024-01-02',
        '## 1. Parser rewrite (15 minutes)\n\n## Wednesday, May 8\n\n```\n## Not a heading\n```\n',
      ),
      file('2024-01-09', '### Parser Rewrite [#42]\n\n## Wednesday, May 8\n\n## Not a heading\n'),
    ]);
    expect(topics).toEqual([
      {
        id: 'parser-rewrite',
        name: 'Parser rewrite',
        description: 'A heading that recurs in 2 meetings.',
        aliases: ['Parser Rewrite'],
        related: [],
      },
    ]);
    expect(structural).toEqual(['Wednesday, May 8']);
  });
});
