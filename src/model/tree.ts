import { entriesAt, entryAt, valueAtPath, type MapEntry, type MapNode, type Node, type ScalarNode, type SeqNode, type Span } from "../load/index.js";

/** Small readers over the located source tree. */

export function entry(map: Node | undefined | null, key: string): MapEntry | undefined {
  return map?.kind === "map" ? entryAt(map, key) : undefined;
}

/**
 * The first entry with each of `keys` (`entry` for each key), in one walk of the mapping: for
 * reading several fields of one object. All undefined when `map` is not a mapping.
 */
export function entriesOf(map: Node | undefined | null, keys: readonly string[]): (MapEntry | undefined)[] {
  return map?.kind === "map" ? entriesAt(map, keys) : new Array<MapEntry | undefined>(keys.length).fill(undefined);
}

export function get(node: Node | undefined | null, ...path: string[]): Node | undefined {
  if (!node || path.length === 0) return node ?? undefined;
  // `entry(cur, k)?.value` key after key, without listing the entries of the maps passed through.
  return node.kind === "map" ? valueAtPath(node, path) : undefined;
}

export const asMap = (n: Node | undefined): MapNode | undefined => (n?.kind === "map" ? n : undefined);
export const asSeq = (n: Node | undefined): SeqNode | undefined => (n?.kind === "seq" ? n : undefined);
export const asScalar = (n: Node | undefined): ScalarNode | undefined => (n?.kind === "scalar" ? n : undefined);

export function str(n: Node | undefined): string | undefined {
  const s = asScalar(n);
  return s && typeof s.value === "string" ? s.value : undefined;
}

/** A scalar's value as text whatever its YAML type (numbers and booleans as written). */
export function text(n: Node | undefined): string | undefined {
  const s = asScalar(n);
  if (!s || s.value === null) return undefined;
  return typeof s.value === "string" ? s.value : String(s.value);
}

export function num(n: Node | undefined): number | undefined {
  const s = asScalar(n);
  if (!s) return undefined;
  if (typeof s.value === "number" && Number.isFinite(s.value)) return s.value;
  if (typeof s.value === "bigint") return Number(s.value);
  return undefined;
}

export function bool(n: Node | undefined): boolean | undefined {
  const s = asScalar(n);
  return s && typeof s.value === "boolean" ? s.value : undefined;
}

export interface Located<T> {
  readonly value: T;
  readonly span: Span;
}

export function located<T>(n: Node | undefined, read: (n: Node | undefined) => T | undefined): Located<T> | undefined {
  if (!n) return undefined;
  const v = read(n);
  return v === undefined ? undefined : { value: v, span: n.span };
}

/** The span of a key's value if present, else of the key's nearest present parent. */
export function spanAt(node: Node, ...path: string[]): Span {
  let cur: Node = node;
  for (const k of path) {
    const e = entry(cur, k);
    if (!e) return cur.span;
    cur = e.value;
  }
  return cur.span;
}

/**
 * The node's plain JSON-like value (for JSON Schema validation); bigints become numbers. Iterative,
 * and each node converted once: aliases make a document a graph whose paths can be far deeper than
 * its text (an anchor nested 400 deep that holds an alias to another, forty times), which a
 * recursive walk cannot follow without overflowing the stack. A node an alias repeats becomes one
 * value in both places.
 */
export function toPlain(n: Node | undefined): unknown {
  if (!n) return undefined;
  const done = new Map<Node, unknown>();
  // A collection's children are read once per frame: the fast reader's scalar views are new
  // objects on each access, so a second read would not find the values converted from the first.
  type Frame = { node: Node; children?: readonly Node[]; keys?: readonly string[] };
  const stack: Frame[] = [{ node: n }];
  while (stack.length > 0) {
    const top = stack.pop() as Frame;
    const node = top.node;
    if (done.has(node)) continue;
    if (node.kind === "scalar") {
      done.set(node, typeof node.value === "bigint" ? Number(node.value) : node.value);
      continue;
    }
    if (!top.children) {
      const entries = node.kind === "map" ? node.entries : undefined;
      const children = entries ? entries.map((e) => e.value) : (node as { items: readonly Node[] }).items;
      stack.push({ node, children, ...(entries ? { keys: entries.map((e) => e.key) } : {}) });
      for (const c of children) if (!done.has(c)) stack.push({ node: c });
      continue;
    }
    const values = top.children.map((c) => done.get(c));
    if (!top.keys) {
      done.set(node, values);
      continue;
    }
    const out: Record<string, unknown> = {};
    // defineProperty, not assignment: a key named `__proto__` must stay a field (as JSON.parse keeps
    // it), not replace the object's prototype and hide itself from schema validation.
    top.keys.forEach((key, i) => Object.defineProperty(out, key, { value: values[i], enumerable: true, writable: true, configurable: true }));
    done.set(node, out);
  }
  return done.get(n);
}

/**
 * Follow a JSON Pointer (as JSON Schema validators report `instancePath`) from `root`: the node it
 * names, or the deepest present node on the way, with the key's span when it ends on a map entry.
 */
export function atPointer(root: Node, pointer: string): { node: Node; keySpan?: Span; found: boolean } {
  const parts = pointer === "" ? [] : pointer.slice(1).split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  let cur: Node = root;
  let keySpan: Span | undefined;
  for (const p of parts) {
    if (cur.kind === "map") {
      const e = cur.entries.find((x) => x.key === p);
      if (!e) return { node: cur, found: false };
      keySpan = e.keySpan;
      cur = e.value;
    } else if (cur.kind === "seq") {
      const item = /^\d+$/.test(p) ? cur.items[Number(p)] : undefined;
      if (!item) return { node: cur, found: false };
      keySpan = undefined;
      cur = item;
    } else {
      return { node: cur, found: false };
    }
  }
  return { node: cur, ...(keySpan ? { keySpan } : {}), found: true };
}
