import { describe, expect, it } from 'vitest';
import { findPageNameProblems } from '../src/lib/minutes/page-names.ts';
import type { MinutesFile } from '../src/lib/types.ts';

const file = (name: string, date = '2025-03-05'): MinutesFile => ({
  id: name.replace(/\.mdx?$/u, ''),
  file: `minutes/${name}`,
  format: name.endsWith('.md') ? 'md' : 'mdx',
  frontmatter: { title: name, date, series: name, attendees: [], topics: [], draft: false },
  text: '',
});

const messages = (files: MinutesFile[]) =>
  findPageNameProblems(files).map((problem) => `${problem.file}: ${problem.message}`);

describe('page names of minutes files', () => {
  it('accepts ordinary names, spaces, accents and punctuation that URLs carry', () => {
    expect(
      messages([
        file('2025-03-05-call.mdx'),
        file('Jörg call (draft).md'),
        file("o'neil&co+x.mdx"),
        file('2025-Q1.mdx'),
      ]),
    ).toEqual([]);
  });

  it('refuses a name that cannot be a page address, saying which character', () => {
    expect(messages([file('100%.mdx'), file('call #1?.mdx'), file('.hidden.md')])).toEqual([
      'minutes/100%.mdx: the file name "100%.mdx" cannot be a page address: "%" would be read as URL encoding',
      'minutes/call #1?.mdx: the file name "call #1?.mdx" cannot be a page address: "#" starts the part of a URL that names a place on the page; "?" starts a query',
      'minutes/.hidden.md: the file name ".hidden.md" cannot be a page address: a name starting with "." is hidden on most web servers',
    ]);
  });

  it('refuses a name that is the address of a year page, naming the files of that year', () => {
    expect(
      messages([file('2025.mdx', '2024-06-01'), file('2025-03-05-call.mdx'), file('index.mdx')]),
    ).toEqual([
      'minutes/2025.mdx: the file name "2025.mdx" is the address of the year page meetings/2025/ (the meetings of 2025, e.g. minutes/2025-03-05-call.mdx): one would replace the other',
      'minutes/index.mdx: the file name "index.mdx" is the address of the meetings list meetings/: one would replace the other',
    ]);
  });

  it('refuses two names that differ only in Unicode normalisation or case, naming both files', () => {
    const nfc = 'J\u00f6rg-call.mdx';
    const nfd = 'Jo\u0308rg-call.mdx';
    expect(
      messages([file(nfc), file(nfd, '2025-03-12'), file('Upper.mdx'), file('upper.md')]),
    ).toEqual([
      `minutes/${nfd}: the file name "${nfd}" gives the same page address as minutes/${nfc} (names that differ only in case or in how accents are encoded are one page on most systems)`,
      'minutes/upper.md: the file name "upper.md" gives the same page address as minutes/Upper.mdx (names that differ only in case or in how accents are encoded are one page on most systems)',
    ]);
  });
});
