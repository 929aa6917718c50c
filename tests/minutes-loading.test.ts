import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMinutesFolder, readMinutesFile } from '../src/lib/minutes/load-folder.ts';
import { ContentError } from '../src/lib/problems.ts';

const good = `---
title: 'Development Call (March 5th, 2025)'
date: '2025-03-05'
series: Development Call
attendees:
  - Jürgen Weiß
---

## Topics:

### Release:

* Tomasz tagged the release.
`;

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'minutebook-load-'));
  await mkdir(path.join(dir, 'minutes'));
  await Promise.all(
    Object.entries(files).map(([name, text]) => writeFile(path.join(dir, 'minutes', name), text)),
  );
  return dir;
}

describe('readMinutesFile', () => {
  it('accepts good frontmatter and keeps names exactly as written', () => {
    const { minutes, problems } = readMinutesFile('minutes/2025-03-05-development-call.mdx', good);
    expect(problems).toEqual([]);
    expect(minutes?.id).toBe('2025-03-05-development-call');
    expect(minutes?.frontmatter).toEqual({
      title: 'Development Call (March 5th, 2025)',
      date: '2025-03-05',
      series: 'Development Call',
      attendees: ['Jürgen Weiß'],
      topics: [],
      draft: false,
    });
    // The whole file is kept, so every position the analysis finds is a line of the file.
    expect(minutes?.text).toBe(good);
  });

  it('accepts an unquoted date and a missing attendee list', () => {
    const text = good
      .replace("'2025-03-05'", '2025-03-05')
      .replace('attendees:\n  - Jürgen Weiß\n', '');
    const { minutes, problems } = readMinutesFile('minutes/a.md', text);
    expect(problems).toEqual([]);
    expect(minutes?.frontmatter.date).toBe('2025-03-05');
    expect(minutes?.frontmatter.attendees).toEqual([]);
    expect(minutes?.format).toBe('md');
  });

  it('names the file, the line and the bad value of invalid frontmatter', () => {
    const text = good
      .replace("'2025-03-05'", "'2025-02-30'")
      .replace('series: Development Call\n', '');
    const { minutes, problems } = readMinutesFile('minutes/bad.mdx', text);
    expect(minutes).toBeUndefined();
    expect(problems).toMatchObject([
      {
        file: 'minutes/bad.mdx',
        line: 3,
        message: 'date: date must be an ISO calendar date (YYYY-MM-DD) (received "2025-02-30")',
      },
      {
        file: 'minutes/bad.mdx',
        line: 2,
        message: 'series: missing required field (expected string)',
      },
    ]);
  });

  it('says how to write a date given as a number or in another shape', () => {
    const dateProblem = (date: string) =>
      readMinutesFile('minutes/d.md', good.replace("'2025-03-05'", date)).problems.map(
        (problem) => `${problem.line}: ${problem.message}`,
      );
    expect(dateProblem('20250101')).toEqual([
      '3: date: date must be an ISO calendar date (YYYY-MM-DD), e.g. 2025-01-01 (received 20250101)',
    ]);
    expect(dateProblem("'20250101'")).toEqual([
      '3: date: date must be an ISO calendar date (YYYY-MM-DD), e.g. 2025-01-01 (received "20250101")',
    ]);
    expect(dateProblem('2025-1-8')).toEqual([
      '3: date: date must be an ISO calendar date (YYYY-MM-DD), e.g. 2025-01-08 (received "2025-1-8")',
    ]);
    expect(dateProblem("'8 January 2025'")).toEqual([
      '3: date: date must be an ISO calendar date (YYYY-MM-DD), e.g. 2025-01-08 (received "8 January 2025")',
    ]);
    expect(dateProblem('[2025]')).toEqual([
      '3: date: date must be an ISO calendar date (YYYY-MM-DD) (received [2025])',
    ]);
  });

  it('reports unparseable frontmatter with its line', () => {
    const { problems } = readMinutesFile(
      'minutes/x.mdx',
      "---\ntitle: 'unclosed\ndate: 2025-01-01\n---\n",
    );
    expect(problems).toHaveLength(1);
    // The YAML parser notices the open quote where the text ends.
    expect(problems[0]).toMatchObject({ file: 'minutes/x.mdx', line: 3 });
    expect(problems[0]?.message).toMatch(/^unparseable frontmatter: /);
  });

  it('reports a file without frontmatter', () => {
    expect(readMinutesFile('minutes/x.md', '## Topics\n\n* a\n').problems).toEqual([
      expect.objectContaining({ file: 'minutes/x.md', line: 1, message: 'no frontmatter' }),
    ]);
  });

  it('reports a YAML alias bomb with its line instead of crashing', () => {
    const aliases = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const name of 'bcdefgh') {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1);
      aliases.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const text = good.replace(
      'series: Development Call\n',
      `series: Development Call\n${aliases.join('\n')}\n`,
    );
    const { minutes, problems } = readMinutesFile('minutes/bomb.mdx', text);
    expect(minutes).toBeUndefined();
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '6: unparseable frontmatter: its aliases expand to too many values (a YAML alias bomb)',
    ]);
  });

  it('reports the other problems of a file with an MDX syntax error too', () => {
    const text =
      good.replace('series: Development Call', 'series: Development Call\nvenue: Room 4') +
      '* The review moved to <next week.\n* {totals} were not ready.\n* Then <also broken.\n';
    const { minutes, problems } = readMinutesFile('minutes/x.mdx', text);
    expect(minutes).toBeUndefined();
    expect(problems.map((p) => `${p.line}: ${p.message.replace(/:.*$/u, '')}`)).toEqual([
      '15: MDX syntax error',
      '17: MDX syntax error',
      '16: JavaScript expressions are not supported in minutes',
      '5: frontmatter',
    ]);
    expect(problems.at(-1)?.message).toBe('frontmatter: unknown field "venue"');
  });

  it('reports an MDX syntax error at its line and column', () => {
    const { problems } = readMinutesFile('minutes/x.mdx', `${good}* a <b broken\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'minutes/x.mdx', line: 14 });
    expect(problems[0]?.message).toMatch(/^MDX syntax error: /);
  });

  it('rejects code in minutes but accepts MDX comments and the built-in components', () => {
    const body = `${good}\n{/* a comment */}\n\n<Action owner="Mei Lin">Write it down.</Action>\n\nimport x from 'y'\n\n* {1 + 1}\n\n<Widget />\n`;
    const messages = readMinutesFile('minutes/x.mdx', body).problems.map(
      (p) => `${p.line}: ${p.message}`,
    );
    expect(messages).toEqual([
      '19: imports and exports are not supported in minutes',
      '21: JavaScript expressions are not supported in minutes: {1 + 1}',
      '23: unknown component <Widget>',
    ]);
  });

  it("refuses component attributes that are expressions, spreads or not the component's own", () => {
    const body = `${good}\n<Action owner={"Mei Lin"}>Write it down.</Action>\n\n<Action {...who}>Post it.</Action>\n\n<Decision owner="Mei Lin">Keep it.</Decision>\n\n<Action owner>Ship it.</Action>\n\n<Action Owner="Mei">Tag it.</Action>\n`;
    const messages = readMinutesFile('minutes/x.mdx', body).problems.map(
      (p) => `${p.line}:${p.column}: ${p.message}`,
    );
    expect(messages).toEqual([
      '15:9: the owner of <Action> must be written as text, owner="…", not as an expression: owner={"Mei Lin"}',
      '17:9: <Action> takes no spread attributes: {...who}',
      '19:11: <Decision> has no attribute "owner"',
      '21:9: the owner of <Action> must be written as text, owner="…"',
      '23:9: <Action> has no attribute "Owner" (it takes owner)',
    ]);
  });
});

describe('loadMinutesFolder', () => {
  it('reports every broken file of a folder together, and keeps the good ones', async () => {
    const dir = await folderWith({
      '2025-03-05-development-call.mdx': good,
      'no-date.mdx': good.replace("date: '2025-03-05'\n", ''),
      'bad-yaml.mdx': good.replace('series: Development Call', 'series: [Development Call'),
      'bad-mdx.mdx': `${good}* {unclosed\n`,
    });
    const { files, problems } = await loadMinutesFolder(dir);
    expect(files.map((file) => file.id)).toEqual(['2025-03-05-development-call']);
    expect(new Set(problems.map((problem) => problem.file))).toEqual(
      new Set(['minutes/no-date.mdx', 'minutes/bad-yaml.mdx', 'minutes/bad-mdx.mdx']),
    );
    const message = new ContentError(problems).message;
    expect(message).toMatch(/^Minutebook found 3 problems in 3 files:/);
    expect(message).toContain('minutes/no-date.mdx:2: date: missing required field');
  });

  it('refuses two files for the same date and series', async () => {
    const dir = await folderWith({
      'a.mdx': good,
      'b.mdx': good.replace('Development Call (March', 'Dev call (March'),
      'c.mdx': good.replace('series: Development Call', 'series: Steering Committee'),
    });
    const { problems } = await loadMinutesFolder(dir);
    expect(problems).toMatchObject([
      {
        file: 'minutes/b.mdx',
        message:
          'the meeting of 2025-03-05 in series "Development Call" is also used by minutes/a.mdx',
        note: 'Merge the two files or correct one of them.',
      },
    ]);
  });

  it('reads .MD and .markdown files and symlinked files and folders, and names a broken link', async () => {
    const dir = await folderWith({
      '2025-03-05-development-call.MD': good,
      '2025-03-12-development-call.markdown': good.replace('2025-03-05', '2025-03-12'),
    });
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'minutebook-elsewhere-'));
    await mkdir(path.join(elsewhere, '2024'));
    await writeFile(
      path.join(elsewhere, '2024', '2024-03-13-development-call.md'),
      good.replace('2025-03-05', '2024-03-13'),
    );
    await writeFile(path.join(elsewhere, 'linked.mdx'), good.replace('2025-03-05', '2025-03-19'));
    await symlink(path.join(elsewhere, '2024'), path.join(dir, 'minutes', '2024'));
    await symlink(
      path.join(elsewhere, 'linked.mdx'),
      path.join(dir, 'minutes', '2025-03-19-call.mdx'),
    );
    await symlink(path.join(elsewhere, 'gone.md'), path.join(dir, 'minutes', 'gone.md'));
    const { files, problems } = await loadMinutesFolder(dir);
    expect(files.map((file) => [file.id, file.format])).toEqual([
      ['2024-03-13-development-call', 'md'],
      ['2025-03-05-development-call', 'md'],
      ['2025-03-12-development-call', 'md'],
      ['2025-03-19-call', 'mdx'],
    ]);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      `minutes/gone.md: a symbolic link to ${path.join(elsewhere, 'gone.md')}, which does not exist`,
    ]);
  });

  it('reports bytes that are not UTF-8 with their line, and the other files still', async () => {
    const latin1 = Buffer.from(good.replace('Jürgen', 'Jörg'), 'latin1');
    const dir = await folderWith({ 'a.md': good.replace('2025-03-05', '2025-03-06') });
    await writeFile(path.join(dir, 'minutes', 'b.md'), latin1);
    const { files, problems } = await loadMinutesFolder(dir);
    expect(files.map((file) => file.id)).toEqual(['a']);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      'minutes/b.md:6:6: not UTF-8: byte 0xF6 cannot be read; it looks like Latin-1 or Windows-1252 ("ö" there)',
    ]);
  });

  it('names the folder it looked for when the content folder or its minutes folder is missing', async () => {
    const missing = path.join(tmpdir(), 'minutebook-no-such-content');
    const { problems } = await loadMinutesFolder(missing);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      `${missing}: the content folder does not exist`,
    ]);
    const empty = await mkdtemp(path.join(tmpdir(), 'minutebook-no-minutes-'));
    const second = await loadMinutesFolder(empty);
    expect(second.problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      `minutes: no minutes folder: looked for ${path.join(empty, 'minutes')}`,
    ]);
  });

  it('says so when the folder has no minutes', async () => {
    const { problems } = await loadMinutesFolder(await folderWith({}));
    expect(problems[0]?.message).toBe('no minutes found (.md, .mdx or .markdown files)');
  });
});
