import { loadCorpusArchive } from './tools/eval/corpus-archive.ts';
import { readFile } from 'node:fs/promises';
import { parsePeopleRegistry, parseTopicsRegistry } from './src/lib/registries.ts';
const [folder, file] = process.argv.slice(2) as [string, string];
const svsm = folder.startsWith('coconut');
const people = svsm ? parsePeopleRegistry(await readFile('content/people.yaml','utf8'),'people.yaml').value : [];
const topics = svsm ? parseTopicsRegistry(await readFile('content/topics.yaml','utf8'),'topics.yaml').value : [];
const r = await loadCorpusArchive({ corpusRoot: '/work/shared/corpus', folder, people, topics });
for (const [id, f] of r.files) if (f.source.endsWith(file)) {
  const m = r.archive.meetingsById.get(id)!;
  console.log('attendees', m.attendees.map(a=>`${a.name}->${a.person}`).join(', '));
  for (const s of m.sections) console.log('SECTION', s.line, '->', f.lines.get(s.line!), s.heading, JSON.stringify(s.topics), 'actions', s.actions.map(a=>`${f.lines.get(a.line!)}:${a.owners.join('+')}|${a.ownerName}`).join(' '));
}
