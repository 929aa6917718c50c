/**
 * The tune set item by item, for developing the rules: every missed, spurious or wrongly owned outcome
 * with its source line, printed to the console (never written to the repository: it quotes the corpus).
 * Only the tune set: the report set is looked at through its figures alone.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { foldName } from '../../src/lib/text/normalize.ts';
import type { OutcomesEntry, TopicsEntry } from './annotations.ts';
import type { FilePredictions } from './predictions.ts';

export async function tuneDetails(
  gold: readonly OutcomesEntry[],
  predicted: ReadonlyMap<string, FilePredictions>,
  corpusRoot: string,
): Promise<string[]> {
  const out: string[] = [];
  for (const entry of gold.filter((e) => e.set === 'tune')) {
    const lines = (await readFile(path.join(corpusRoot, entry.file), 'utf8')).split('\n');
    const text = (line: number) => (lines[line - 1] ?? '').trim().slice(0, 160);
    const got = predicted.get(entry.file)?.outcomes ?? [];
    const key = (o: { line: number; label: string }) => `${o.line}:${o.label}`;
    const found = new Map(got.map((o) => [key(o), o]));
    const wanted = new Set(entry.items.map(key));
    for (const item of entry.items) {
      const hit = found.get(key(item));
      if (!hit)
        out.push(
          `MISS ${item.label} [${item.owners.join('+')}] ${entry.file}:${item.line} ${text(item.line)}`,
        );
      else {
        const a = hit.owners.map(foldName).sort().join('|');
        const b = item.owners.map(foldName).sort().join('|');
        if (a !== b && item.label !== 'decision')
          out.push(
            `OWNER ${item.label} want [${item.owners.join('+')}] got [${hit.owners.join('+')}] ${entry.file}:${item.line} ${text(item.line)}`,
          );
      }
    }
    for (const o of got) {
      if (!wanted.has(key(o)))
        out.push(`FP   ${o.label} [${o.owners.join('+')}] ${entry.file}:${o.line} ${text(o.line)}`);
    }
  }
  return out;
}

/**
 * The tune set's topic tags section by section: every annotated topic missed or given the wrong kind, and
 * every annotated topic found where the annotation says none, with the section's heading line.
 */
export async function tuneTopicDetails(
  gold: readonly TopicsEntry[],
  predicted: ReadonlyMap<string, FilePredictions>,
  corpusRoot: string,
  topicIds: readonly string[],
): Promise<string[]> {
  const out: string[] = [];
  const texts = new Map<string, string[]>();
  for (const entry of gold.filter((e) => e.set === 'tune')) {
    let lines = texts.get(entry.file);
    if (!lines) {
      lines = (await readFile(path.join(corpusRoot, entry.file), 'utf8')).split('\n');
      texts.set(entry.file, lines);
    }
    const heading = (lines[entry.line - 1] ?? '').trim().slice(0, 100);
    const got = predicted.get(entry.file)?.sections.get(entry.line) ?? new Map<string, string>();
    for (const id of topicIds) {
      const want = entry.topics[id];
      const found = got.get(id);
      if (want === found) continue;
      const what = !found ? 'MISS' : !want ? 'FP  ' : 'KIND';
      out.push(
        `${what} topic ${id} want ${want ?? 'none'} got ${found ?? 'none'} ${entry.file}:${entry.line} ${heading}`,
      );
    }
  }
  return out;
}
