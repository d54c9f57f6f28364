import type { Node, SourceFile } from "../load/index.js";

/**
 * Nodes that appear in more than one place of their document: an anchored node that an alias
 * repeats, an entry a merge key (`<<: *base`) copies, and everything inside them. The precise
 * reader gives an alias the very node of its anchor, the fast one a copy of it: either way a node
 * is told by its kind and span, and one met twice on a walk from the root is shared. Editing a
 * shared node's text would change every place that repeats it, so fixes refuse them.
 */
const cache = new WeakMap<Node, ReadonlySet<string>>();

const place = (n: Node): string => `${n.kind} ${n.span.start} ${n.span.end}`;

function sharedIn(root: Node): ReadonlySet<string> {
  const hit = cache.get(root);
  if (hit) return hit;
  const seen = new Set<string>();
  const again: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    const at = place(n);
    if (seen.has(at)) {
      again.push(n);
      continue;
    }
    seen.add(at);
    if (n.kind === "map") for (const e of n.entries) stack.push(e.value);
    else if (n.kind === "seq") for (const i of n.items) stack.push(i);
  }
  // Everything inside a node met twice is met twice too.
  const shared = new Set<string>();
  const inner: Node[] = again;
  while (inner.length > 0) {
    const n = inner.pop() as Node;
    const at = place(n);
    if (shared.has(at)) continue;
    shared.add(at);
    if (n.kind === "map") for (const e of n.entries) inner.push(e.value);
    else if (n.kind === "seq") for (const i of n.items) inner.push(i);
  }
  cache.set(root, shared);
  return shared;
}

/** A test for whether a node is shared in its document (see `sharedIn`). Unknown nodes count as shared. */
export function sharedNodes(files: readonly SourceFile[]): (node: Node) => boolean {
  // Per file, its document roots in order, to find a node's document by binary search.
  const roots = new Map<string, Node[]>();
  const rootsOf = (path: string): Node[] => {
    let list = roots.get(path);
    if (!list) {
      list = [];
      for (const f of files) if (f.path === path) for (const d of f.documents) if (d.root) list.push(d.root);
      roots.set(path, list);
    }
    return list;
  };
  return (node) => {
    // The last document root starting at or before the node.
    const list = rootsOf(node.span.file);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as Node).span.start <= node.span.start) lo = mid + 1;
      else hi = mid;
    }
    const root = list[lo - 1];
    return root ? sharedIn(root).has(place(node)) : true;
  };
}
