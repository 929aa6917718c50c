import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertMinutes } from '../src/lib/importer/import-file.ts';
import { createNextMinutes } from '../src/lib/importer/new-minutes.ts';
import { buildTinyArchive } from './support/tiny-archive.ts';

const series = 'Straße Öresund Call';
const slug = 'strasse-oresund-call';

describe('one rule for ids and file names', () => {
  it('names the imported file, the new file and a generated person alike', async () => {
    const imported = convertMinutes(
      `# Meeting Minutes: ${series} (March 5th, 2025)\n\n## Attendees:\n\n* Ada\n\n## Topics:\n\n* x\n`,
      { fileName: 'notes.md', source: 'notes.md' },
    );
    expect(imported.ok && imported.outputName).toBe(`2025-03-05-${slug}.mdx`);

    const dir = await mkdtemp(path.join(tmpdir(), 'slugs-'));
    await mkdir(path.join(dir, 'minutes'));
    const created = await createNextMinutes({ contentDir: dir, series, date: '2025-03-12' });
    expect(path.basename(created.file)).toBe(`2025-03-12-${slug}.mdx`);

    const archive = await buildTinyArchive(
      [{ date: '2025-03-05', attendees: [series], body: '## Topics:\n\n### One:\n\n* x\n' }],
      { people: 'people: []\n', topics: 'topics: []\n' },
    );
    expect(archive.people.map((person) => person.id)).toEqual([slug]);
  });
});

describe('the site reads what the importer writes', () => {
  it('re-imports a hand-edited .mdx file with an <Action> component', () => {
    const first = convertMinutes(
      '# Meeting: Sync (June 4, 2024)\n\n## Attendees:\n\n* Ada Quill\n\n## Topics:\n\n* Parser plan.\n',
      { fileName: 'sync-2024-06-04.md', source: 'sync-2024-06-04.md' },
    );
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    const edited = `${first.content}\n<Action owner="Ada Quill">Write the parser plan down.</Action>\n`;
    const again = convertMinutes(edited, { fileName: first.outputName, source: 'elsewhere' });
    expect(again.ok ? [] : again.errors.map((error) => error.message)).toEqual([]);
    expect(again.ok && again.content).toContain(
      '<Action owner="Ada Quill">Write the parser plan down.</Action>',
    );
  });
});
