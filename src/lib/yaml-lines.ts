import { isMap, isSeq, type Document, type LineCounter, type Node } from 'yaml';

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
