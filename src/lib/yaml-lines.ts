import {
  isAlias,
  isMap,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import { createProblem, type ContentProblem } from './problems.ts';

export interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
  /** The plain value, or undefined when the text had syntax errors. */
  data: unknown;
  problems: ContentProblem[];
}

export interface YamlSource {
  /** Name used in problems. */
  file: string;
  /** Line of the file on which the YAML text starts (frontmatter starts below its `---`). */
  firstLine?: number;
  /** What the text is, opening every syntax message, e.g. `invalid YAML` or `unparseable frontmatter`. */
  label: string;
  hint?: string;
}

/**
 * Parses YAML for every reader of the content folder (frontmatter, registries, the importer), so a
 * syntax error reads the same wherever it is: `label: reason` at the file's own line and column.
 */
export function parseYaml(text: string, source: YamlSource): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const offset = (source.firstLine ?? 1) - 1;
  const problems = doc.errors.map((error) => {
    const pos = lines.linePos(error.pos[0]);
    const reason = (error.message.split('\n')[0] ?? error.code).replace(
      / at line \d+, column \d+:?$/u,
      '',
    );
    return createProblem(source.file, `${source.label}: ${reason}`, {
      line: pos.line + offset,
      column: pos.col,
      hint: source.hint,
    });
  });
  if (problems.length > 0) return { doc, lines, data: undefined, problems };
  try {
    return { doc, lines, data: doc.toJS(), problems };
  } catch {
    // The yaml library refuses aliases that expand to a huge value (a "billion laughs" bomb) by
    // throwing; that is a problem of this file at its first alias, not a crash of the whole load.
    return {
      doc,
      lines,
      data: undefined,
      problems: [
        createProblem(
          source.file,
          `${source.label}: its aliases expand to too many values (a YAML alias bomb)`,
          { line: (firstAliasLine(doc, lines) ?? 1) + offset, hint: source.hint },
        ),
      ],
    };
  }
}

function firstAliasLine(doc: Document, lines: LineCounter): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) line = lines.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

/**
 * Line (1-based, within the YAML text) of the value at `path`, or of the deepest ancestor that
 * exists — a missing key is reported on its parent, which is where the author has to add it.
 */
export function lineOfPath(
  doc: Document,
  lines: LineCounter,
  path: readonly PropertyKey[],
): number | undefined {
  let node: unknown = doc.contents;
  let line = rangeLine(node, lines);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => {
        const itemKey: unknown = item.key;
        const keyValue =
          itemKey !== null && typeof itemKey === 'object' && 'value' in itemKey
            ? itemKey.value
            : itemKey;
        return keyValue === key;
      });
      if (!pair) break;
      line = rangeLine(pair.key, lines) ?? line;
      node = pair.value;
      line = rangeLine(node, lines) ?? line;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      line = rangeLine(node, lines) ?? line;
    } else {
      break;
    }
  }
  return line;
}

function rangeLine(node: unknown, lines: LineCounter): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? lines.linePos(range[0]).line : undefined;
}
