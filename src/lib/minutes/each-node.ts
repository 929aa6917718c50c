import type { Nodes } from 'mdast';

/**
 * Calls `visitor` with every node of a tree, each before its children, in document order (the order
 * of unist-util-visit), for walks that only read. Why not `visit`: for every node it makes a
 * closure, a copy of the ancestors and a function whose `name` it sets for stack traces, and each
 * minutes file is walked by several checks and by its analysis. A walk that changes the tree or
 * skips a subtree uses `visit`.
 */
export function eachNode(node: Nodes, visitor: (node: Nodes) => void): void {
  visitor(node);
  if ('children' in node) for (const child of node.children) eachNode(child, visitor);
}
