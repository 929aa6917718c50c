import { createHash } from 'node:crypto';
import type { Root } from 'mdast';

/**
 * Parsed trees handed from the content loader to the archive build, so one build parses every file once.
 * Astro runs the loader and the page code in one process but through different module graphs, so the
 * hand-over goes through a process-wide map. A tree is taken out when used (it is then mutated), and a
 * missing one is simply parsed again: the cache only saves time, it never decides what is built.
 */
const key = Symbol.for('minutebook.parsed-trees');
type TreeStore = Map<string, Root>;

function store(): TreeStore {
  const global = globalThis as { [key]?: TreeStore };
  global[key] ??= new Map();
  return global[key];
}

function treeKey(file: string, body: string): string {
  return `${file}\u0000${createHash('sha1').update(body).digest('base64')}`;
}

/** Remembers the tree of a whole file (frontmatter included), whose positions are file positions. */
export function rememberTree(file: string, body: string, tree: Root): void {
  store().set(treeKey(file, body), tree);
}

export function takeTree(file: string, body: string): Root | undefined {
  const trees = store();
  const id = treeKey(file, body);
  const tree = trees.get(id);
  trees.delete(id);
  return tree;
}
