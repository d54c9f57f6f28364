import type { Node, SourceFile } from "../load/index.js";

/**
 * Nodes that appear in more than one place of their document: an anchored node that an alias
 * repeats, an entry a merge key (`<<: *base`) copies, and everything inside them. The loader gives
 * an alias the very node of its anchor, so a node met twice on a walk from the root is shared.
 * Editing a shared node's text would change every place that repeats it, so fixes refuse them.
 */
const cache = new WeakMap<Node, ReadonlySet<Node>>();

function sharedIn(root: Node): ReadonlySet<Node> {
  const hit = cache.get(root);
  if (hit) return hit;
  const seen = new Set<Node>();
  const again = new Set<Node>();
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (seen.has(n)) {
      again.add(n);
      continue;
    }
    seen.add(n);
    if (n.kind === "map") for (const e of n.entries) stack.push(e.value);
    else if (n.kind === "seq") for (const i of n.items) stack.push(i);
  }
  // Everything inside a node met twice is met twice too.
  const shared = new Set<Node>();
  const inner: Node[] = [...again];
  while (inner.length > 0) {
    const n = inner.pop() as Node;
    if (shared.has(n)) continue;
    shared.add(n);
    if (n.kind === "map") for (const e of n.entries) inner.push(e.value);
    else if (n.kind === "seq") for (const i of n.items) inner.push(i);
  }
  cache.set(root, shared);
  return shared;
}

/** The document root whose text holds the node (the last one starting at or before it). */
function rootOf(files: readonly SourceFile[], node: Node): Node | null {
  const f = files.find((s) => s.path === node.span.file);
  let found: Node | null = null;
  for (const d of f?.documents ?? []) if (d.root && d.root.span.start <= node.span.start) found = d.root;
  return found;
}

/** A test for whether a node is shared in its document (see `sharedIn`). Unknown nodes count as shared. */
export function sharedNodes(files: readonly SourceFile[]): (node: Node) => boolean {
  return (node) => {
    const root = rootOf(files, node);
    if (!root) return true;
    const shared = sharedIn(root);
    return shared.has(node);
  };
}
