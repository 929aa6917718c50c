import { readSentences } from './src/lib/actions/sentences.ts';
for (const t of process.argv.slice(2)) for (const s of readSentences(t)) console.log(s.words.map(w=>`${w.text}/${[...w.tags].filter(x=>!['Noun','Singular'].includes(x)).slice(0,2).join('.')}`).join(' '));
