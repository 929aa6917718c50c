/**
 * The text of a block as the lines of the file it stands on. A bullet's sentence may run on over lines
 * that are indented or not (CommonMark's lazy continuation), a list item may hold several paragraphs
 * with blank lines between them, and a hard break (two trailing spaces, a backslash) ends a line without
 * leaving a line ending in the text. Counting line endings in the plain text gets the last two wrong, so
 * each piece of text is placed by its own position in the file.
 *
 * API
 * - `sourceLines(nodes)` → `{ line, text }[]`, one entry per file line that holds text of `nodes`, in file
 *   order, text as plain text (inline code without its backticks) with its white space collapsed.
 *   Nodes without a position (made by a plugin) go on the line before them.
 * - `lineAt(lines, sentence)` → the line on which `sentence` (or its first words) starts, or undefined.
 */
import type { Nodes } from 'mdast';

export interface SourceLine {
  line: number;
  text: string;
}

export function sourceLines(nodes: readonly Nodes[]): SourceLine[] {
  const byLine = new Map<number, string>();
  let current: number | undefined;
  const add = (line: number, text: string) => byLine.set(line, (byLine.get(line) ?? '') + text);
  const walk = (node: Nodes) => {
    const start = node.position?.start.line ?? current;
    if ('value' in node && typeof node.value === 'string' && node.type !== 'html') {
      if (start === undefined) return;
      // A line ending inside the value is a line of the file (continuation lines, code spans).
      const pieces = node.value.split('\n');
      pieces.forEach((piece, at) => add(start + at, piece));
      current = start + pieces.length - 1;
      return;
    }
    if (node.type === 'image') {
      if (start !== undefined && node.alt) add(start, node.alt);
      return;
    }
    if (node.type === 'break') {
      // The next piece of text stands on the next line: a space keeps the words apart meanwhile.
      if (start !== undefined) add(start, ' ');
      return;
    }
    if (start !== undefined) current = start;
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  for (const node of nodes) walk(node);
  return [...byLine]
    .sort(([a], [b]) => a - b)
    .map(([line, text]) => ({ line, text: text.replace(/\s+/gu, ' ').trim() }))
    .filter((entry) => entry.text !== '');
}

/** Letters and digits only, lower case: markup, punctuation and spacing differ between the forms. */
const keyOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function lineAt(lines: readonly SourceLine[], sentence: string): number | undefined {
  const first = lines[0];
  if (first === undefined) return undefined;
  const wanted = keyOf(sentence.split(/\s+/u).slice(0, 4).join(' '));
  if (lines.length === 1 || wanted === '') return first.line;
  let flat = '';
  const ends: number[] = [];
  for (const entry of lines) {
    flat += keyOf(entry.text);
    ends.push(flat.length);
  }
  const at = flat.indexOf(wanted);
  if (at < 0) return first.line;
  const index = ends.findIndex((end) => at < end);
  return lines[index]?.line ?? first.line;
}
