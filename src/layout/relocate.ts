import { innerSpan, LineIndex, parseSource, type Location, type Node, type SourceFile } from "../load/index.js";
import type { EmbeddedValues, ParamSource } from "./types.js";

/**
 * Where a finding in rendered output was written: the line a person edits. Rendered text is what
 * kustomize or Helm printed; its values come from a patch, a base's file, a values file or a
 * template, and the finding is moved to the first of those that holds the offending text under
 * the same key (docs/gitops-layouts.md).
 */

/**
 * The name of a root's rendered output (not a file): what its objects and findings in it carry.
 * With the file of the object that deploys it: Flux clusters each deploy a `HelmRelease net` of
 * their own, with their own values, and the two renders must not share a name.
 */
export function renderedPath(root: string, by?: { readonly kind: string; readonly name: string; readonly file?: string }): string {
  return `<rendered ${root}${by ? ` for ${by.kind} ${by.name}${by.file ? ` in ${by.file}` : ""}` : ""}>`;
}

/** The root a `renderedPath` names; undefined for a file's path. */
export function renderedRoot(path: string): string | undefined {
  return /^<rendered (.+?)(?: for \S+ \S+(?: in .+)?)?>$/.exec(path)?.[1];
}

export interface RenderedSource {
  /** The rendered stream, parsed (its path is not a file: findings in it are moved). */
  readonly rendered: SourceFile;
  readonly how: "kustomize" | "helm";
  /** Kustomize: the patch files and kustomization files of the root and its bases, nearest first. */
  readonly patches: readonly string[];
  readonly kustomizations: readonly string[];
  /** Kustomize: the file and document a rendered document came from, by document index. */
  readonly origins: ReadonlyMap<number, Origin>;
  /** Helm: the template a rendered document came from (`# Source:`), by document index. */
  readonly templates: ReadonlyMap<number, string>;
  /**
   * Helm: each `# Source:` line of the rendered text, in order: its offset and its template ("" for
   * a subchart's). A document that did not parse has no index in `templates`; its offset has a line here.
   */
  readonly sources?: readonly { readonly at: number; readonly file: string }[];
  /** Helm: the values files, lowest precedence first (the chart's values.yaml, then -f files). */
  readonly valueFiles: readonly string[];
  /** Helm: values written inside manifests (valuesFrom ConfigMaps, a HelmRelease's values), above the values files, lowest first. */
  readonly embedded?: readonly EmbeddedValues[];
  /** Where a finding goes when no source holds its text: the Application, kustomization or chart. */
  readonly fallback: string;
  /** Names the producer in messages ("overlays/prod", "chart web (values-prod.yaml)"). */
  readonly label: string;
  /** Kustomize: the options of the Application or Flux Kustomization that built it; they win over the root's files. */
  readonly options?: readonly OptionHint[];
  /** Flux: the variables substituted, by name: a finding on a line of `${NAME}` goes to the value. */
  readonly variables?: ReadonlyMap<string, Variable>;
  /** An Application an ApplicationSet made: the file holding its template, and where its parameters were written. */
  readonly params?: { readonly template: string; readonly sources: readonly ParamSource[] };
}

/**
 * Where a rendered object was written: its file, and its document there (the root's span), so that
 * of two objects of one file whose lines read alike the finding goes to its own.
 */
export interface Origin {
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

/** An option of an Application or Flux Kustomization, where it is written. */
export interface OptionHint {
  readonly file: string;
  readonly span: { readonly start: number; readonly end: number };
  /** The rendered key it writes (`name`, `namespace`, `image`, `replicas`, a label or annotation key)… */
  readonly key?: string;
  /** …and the text it puts in that key's value. */
  readonly value?: string;
  /** A label or annotation the option adds: where its key is written. */
  readonly keySpan?: { readonly start: number; readonly end: number };
  /** Only for the object of this name (a `replicas` entry), as rendered (with its prefix). */
  readonly object?: string;
  /** A patch: the offending text is looked for inside it, by key. */
  readonly patch?: boolean;
}

export interface Variable {
  readonly name: string;
  readonly file: string;
  readonly span: { readonly start: number; readonly end: number };
}

export interface Moved extends Location {
  readonly file: string;
  /** Said after the message when the finding could only be placed at the producer. */
  readonly note?: string;
}

/**
 * One line index per file: relocation asks for places per finding, in the rendered text and in the
 * files findings move to (4,000 findings in a 1 MB render took seconds with an index, or a walk
 * over the lines, made for each).
 */
const indexes = new WeakMap<SourceFile, LineIndex>();
function lineIndexOf(file: SourceFile): LineIndex {
  let i = indexes.get(file);
  if (!i) indexes.set(file, (i = new LineIndex(file.text)));
  return i;
}

/** A 1-based line of a file's text, without its line feed ("" past the end). */
function lineText(file: SourceFile, line: number): string {
  if (line < 1) return "";
  const start = lineIndexOf(file).offset(line, 1);
  return start === file.text.length ? "" : lineAt(file.text, start).text;
}

/** Offset of a 1-based line and column. */
export function offsetOf(file: SourceFile, line: number, column: number): number {
  return lineIndexOf(file).offset(line, column);
}

const KEY = /^\s*(?:-\s+)*(?:"([^"]+)"|'([^']+)'|([^\s:#][^:#]*?))\s*:(?:\s|$)/;

/** The key of the mapping entry on a line (`replicas` in `  replicas: 3`), if any. */
export function keyOfLine(line: string): string | undefined {
  const m = KEY.exec(line);
  return m ? (m[1] ?? m[2] ?? m[3])?.trim() : undefined;
}

function lineAt(text: string, offset: number): { start: number; text: string } {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const nl = text.indexOf("\n", offset);
  return { start, text: text.slice(start, nl === -1 ? text.length : nl) };
}

/** The first line of `text` whose key is `key` and that holds `token` after it; with no key, any line holding token. */
function search(text: string, key: string | undefined, token: string): { start: number; end: number } | null {
  let off = 0;
  for (const line of text.split("\n")) {
    const k = keyOfLine(line);
    if ((key === undefined || k === key) && token !== "") {
      const at = line.indexOf(token, key === undefined ? 0 : line.indexOf(":") + 1);
      if (at !== -1 && !line.trimStart().startsWith("#")) return { start: off + at, end: off + at + token.length };
    }
    off += line.length + 1;
  }
  return null;
}

/** `find` over the part of `text` from `part.start` to `part.end` (a document, a patch), its span placed in `text`. */
function searchIn(text: string, part: { start: number; end: number }, find: (text: string) => { start: number; end: number } | null): { start: number; end: number } | null {
  const got = find(text.slice(part.start, part.end));
  return got ? { start: part.start + got.start, end: part.start + got.end } : null;
}

function keyLine(text: string, key: string): { start: number; end: number } | null {
  let off = 0;
  for (const line of text.split("\n")) {
    if (keyOfLine(line) === key) {
      const s = line.length - line.trimStart().length;
      return { start: off + s, end: off + line.length };
    }
    off += line.length + 1;
  }
  return null;
}

/** A mapping value at a dotted path of a parsed YAML file. */
function valueAt(file: SourceFile, path: readonly string[]): Node | null {
  for (const doc of file.documents) {
    let n: Node | null = doc.root;
    for (const k of path) {
      if (!n || n.kind !== "map") {
        n = null;
        break;
      }
      n = n.entries.find((e) => e.key === k)?.value ?? null;
    }
    if (n) return n;
  }
  return null;
}

/** metadata.name of a rendered document. */
function renderedName(file: SourceFile, index: number): string | undefined {
  const root = file.documents.find((d) => d.index === index)?.root;
  const meta = root?.kind === "map" ? root.entries.find((e) => e.key === "metadata")?.value : undefined;
  const name = meta?.kind === "map" ? meta.entries.find((e) => e.key === "name")?.value : undefined;
  return name?.kind === "scalar" ? String(name.value) : undefined;
}

/** The node holding embedded values, in its file. */
function embeddedNode(f: SourceFile, e: EmbeddedValues): Node | null {
  return nodeAt(f.documents[e.doc]?.root ?? null, e.path);
}

/**
 * Where embedded values set a values path: the span in the manifest, or null. A data key's YAML is
 * read on its own and its offsets mapped back through the block scalar; `token` narrows the span.
 */
function embeddedAt(f: SourceFile, e: EmbeddedValues, path: readonly string[], token: string): { start: number; end: number } | null {
  const node = embeddedNode(f, e);
  if (!node) return null;
  const narrow = (span: { start: number; end: number }): { start: number; end: number } => {
    const at = token ? f.text.slice(span.start, span.end).indexOf(token) : -1;
    return at >= 0 ? { start: span.start + at, end: span.start + at + token.length } : span;
  };
  if (e.targetPath) return e.targetPath.length === path.length && e.targetPath.every((k, i) => path[i] === k) ? narrow(node.span) : null;
  if (!e.yaml) {
    const inner = nodeAt(node, path);
    return inner ? narrow(inner.span) : null;
  }
  if (e.encoded || node.kind !== "scalar" || typeof node.value !== "string") return null;
  const inner = valueAt(parseSource(f.path, node.value), path);
  return inner ? narrow(innerSpan(node, inner.span.start, inner.span.end)) : null;
}

function nodeAt(root: Node | null, path: readonly (string | number)[]): Node | null {
  let n = root;
  for (const k of path) {
    if (n?.kind === "seq" && typeof k === "number") n = n.items[k] ?? null;
    else if (n?.kind === "map") n = n.entries.find((x) => x.key === String(k))?.value ?? null;
    else return null;
  }
  return n;
}

/** The first line of the embedded values' own text holding `token`. */
function embeddedToken(f: SourceFile, e: EmbeddedValues, token: string): { start: number; end: number } | null {
  const node = embeddedNode(f, e);
  if (!node || e.encoded) return null;
  const at = f.text.slice(node.span.start, node.span.end).indexOf(token);
  return at >= 0 ? { start: node.span.start + at, end: node.span.start + at + token.length } : null;
}

/** The documents' index for an offset of the rendered text. */
function documentAt(file: SourceFile, offset: number): number {
  let found = rootsOf.get(file);
  if (!found) rootsOf.set(file, (found = file.documents.flatMap((d) => (d.root ? [{ start: d.root.span.start, index: d.index }] : []))));
  const roots = found;
  // The last document whose root starts at or before `offset` (the documents are in the text's order).
  return roots[firstPast(roots.length, (i) => (roots[i] as { start: number }).start > offset) - 1]?.index ?? 0;
}
const rootsOf = new WeakMap<SourceFile, readonly { readonly start: number; readonly index: number }[]>();

const PLACEHOLDER = /\$\{([_A-Za-z][_A-Za-z0-9]*)/g;

/** Move a location in rendered output to its source; `files` gives the sources by path. */
export function relocate(src: RenderedSource, at: Location, files: (path: string) => SourceFile | undefined): Moved {
  const found = relocateIn(src, at, files);
  const moved = src.params ? (byParameter(src, src.params, at, found, files) ?? found) : found;
  if (!src.variables || src.variables.size === 0) return moved;
  // Still a placeholder in the output (an object that disables substitution): it stays where written.
  const renderedLine = lineText(src.rendered, at.line);
  if (renderedLine.includes("${")) return moved;
  // A value Flux substituted: the line found holds `${NAME}`; the value is written where NAME is set.
  const f = files(moved.file);
  const line = f ? lineText(f, moved.line) : "";
  for (const m of line.matchAll(PLACEHOLDER)) {
    const v = src.variables.get(m[1] ?? "");
    const vf = v ? files(v.file) : undefined;
    if (v && vf) return { file: v.file, ...lineIndexOf(vf).location(v.span) };
  }
  return moved;
}

/** `token` is `value`, or holds it whole (not part of a longer word or number) and it is distinctive. */
function holds(token: string, value: string): boolean {
  if (value === "" || value === token) return value !== "";
  if (value.length < 4 || !/[^\d\s]/.test(value)) return false;
  const edge = /[\w.-]/;
  for (let at = token.indexOf(value); at !== -1; at = token.indexOf(value, at + 1)) {
    if (!edge.test(token[at - 1] ?? " ") && !edge.test(token[at + value.length] ?? " ")) return true;
  }
  return false;
}

/** The names a line's `{{ … }}` expressions read: `cluster`, `values.ip`, `.a.b` (as `a.b`). */
function templateNames(line: string): Set<string> {
  const names = new Set<string>();
  for (const m of line.matchAll(/\{\{-?\s*(.*?)\s*-?\}\}/g)) {
    const body = m[1] ?? "";
    names.add(body.trim());
    for (const c of body.matchAll(/(?:^|[\s(|$])\.([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)/g)) names.add(c[1] ?? "");
  }
  return names;
}

/**
 * A value an ApplicationSet's parameter put there: the finding found its place in the
 * ApplicationSet's template (on a line reading `{{name}}`), or only at the chart's template, and
 * the text it points at is the text substituted for a parameter the template reads: it goes to
 * where that parameter was written (the list element, the git files generator's file).
 */
function byParameter(src: RenderedSource, params: NonNullable<RenderedSource["params"]>, at: Location, found: Moved, files: (path: string) => SourceFile | undefined): Moved | null {
  const text = src.rendered.text;
  const start = offsetOf(src.rendered, at.line, at.column);
  const end = at.endLine === at.line ? offsetOf(src.rendered, at.endLine, at.endColumn) : start;
  const token = text.slice(start, end).trim().replace(/^(["'])(.*)\1$/, "$2");
  if (token === "") return null;
  const tf = files(params.template);
  if (!tf) return null;
  let names: Set<string>;
  if (found.file === params.template) names = templateNames(tf.text.split("\n")[found.line - 1] ?? "");
  else if (found.file === src.fallback || src.templates.size > 0 && [...src.templates.values()].includes(found.file)) names = templateNames(tf.text);
  else return null;
  for (const p of params.sources) {
    if (!names.has(p.name) || !holds(token, p.value)) continue;
    const f = files(p.file);
    const node = f ? nodeAt(f.documents[p.doc]?.root ?? null, p.path) : null;
    if (!f || !node) continue;
    const inner = f.text.slice(node.span.start, node.span.end).indexOf(p.value);
    const span = inner >= 0 ? { start: node.span.start + inner, end: node.span.start + inner + p.value.length } : node.span;
    return { file: p.file, ...lineIndexOf(f).location(span) };
  }
  return null;
}

function relocateIn(src: RenderedSource, at: Location, files: (path: string) => SourceFile | undefined): Moved {
  const text = src.rendered.text;
  const start = offsetOf(src.rendered, at.line, at.column);
  const end = at.endLine === at.line ? offsetOf(src.rendered, at.endLine, at.endColumn) : lineAt(text, start).start + lineAt(text, start).text.length;
  const line = lineAt(text, start);
  const token = text.slice(start, end).trim();
  const key = keyOfLine(line.text);
  const doc = documentAt(src.rendered, start);
  const place = (file: string, span: { start: number; end: number }): Moved | null => {
    const f = files(file);
    return f ? { file, ...lineIndexOf(f).location(span) } : null;
  };
  const tryIn = (file: string | undefined, k: string | undefined, t: string): Moved | null => {
    if (!file) return null;
    const f = files(file);
    const span = f ? search(f.text, k, t) : null;
    return span ? place(file, span) : null;
  };
  const distinctive = token.length >= 4 && /[^\d\s]/.test(token);

  if (src.how === "kustomize") {
    const origin = src.origins.get(doc);
    // In the object's own document first, then anywhere in its file (a value copied from another).
    const inOrigin = (k: string | undefined, t: string): Moved | null => {
      const f = origin ? files(origin.file) : undefined;
      if (!origin || !f) return null;
      const own = searchIn(f.text, origin, (text) => search(text, k, t));
      return own ? place(origin.file, own) : tryIn(origin.file, k, t);
    };
    // The Application's or Flux Kustomization's options are applied last: what they write wins.
    const hints = src.options ?? [];
    const inPatch = (k: string | undefined): Moved | null => {
      for (const h of hints) {
        const f = h.patch ? files(h.file) : undefined;
        const span = f ? searchIn(f.text, h.span, (text) => search(text, k, token)) : null;
        if (span) return place(h.file, span);
      }
      return null;
    };
    const byOption = key !== undefined ? inPatch(key) : null;
    if (byOption) return byOption;
    // A key the option writes, holding its text (a prefix in a name) or part of it (an address in a list).
    const name = renderedName(src.rendered, doc);
    const forThis = (h: OptionHint): boolean => h.object === undefined || (name ?? "").includes(h.object);
    for (const h of hints) if (!h.patch && key !== undefined && h.key === key && h.value && token !== "" && (token.includes(h.value) || h.value.includes(token)) && forThis(h)) return place(h.file, h.span) ?? fallback(src, files);
    // The key itself (a label or annotation the option adds).
    const bare = token.replace(/^(["'])(.*)\1$/, "$2");
    for (const h of hints) if (h.keySpan && h.key === key && bare === key) return place(h.file, h.keySpan) ?? fallback(src, files);
    const byPatchText = distinctive ? inPatch(undefined) : null;
    if (byPatchText) return byPatchText;
    for (const p of src.patches) {
      const got = key !== undefined ? tryIn(p, key, token) : null;
      if (got) return got;
    }
    const fromOrigin = (key !== undefined ? inOrigin(key, token) : null) ?? (distinctive ? inOrigin(undefined, token) : null);
    if (fromOrigin) return fromOrigin;
    for (const k of src.kustomizations) {
      const got = key !== undefined ? tryIn(k, key, token) : null;
      if (got) return got;
    }
    // A value its origin does not hold, under another key where it was written: a JSON 6902
    // patch (inline in a kustomization, or a file of its own) writes it as `value:`.
    if (distinctive) {
      for (const k of [...src.kustomizations, ...src.patches]) {
        const got = tryIn(k, undefined, token);
        if (got) return got;
      }
    }
    if (origin && key !== undefined) {
      const f = files(origin.file);
      const span = f ? (searchIn(f.text, origin, (text) => keyLine(text, key)) ?? keyLine(f.text, key)) : null;
      if (span) return place(origin.file, span) ?? fallback(src, files);
    }
    if (origin && files(origin.file)) return { ...(place(origin.file, { start: 0, end: 0 }) as Moved), note: `as rendered by ${src.label}` };
    return fallback(src, files);
  }

  // Helm: a document that did not parse (a key written twice, Helm accepts it) is placed in the
  // template that wrote it: the same line, else the template's first line.
  if (unparsedAt(src.rendered, start)) {
    const mark = sourceAt(src, start);
    if (!mark) return fallback(src, files);
    const same = sameLine(src, mark, at, files);
    if (same) return same;
    if (files(mark.file)) return { ...(place(mark.file, { start: 0, end: 0 }) as Moved), note: `as rendered by ${src.label}` };
    return fallback(src, files);
  }
  // Helm: a line the template writes as it is rendered (a literal value) was written there, even
  // when a values file holds the same text (a pool whose CIDR another pool takes from values).
  const mark = src.sources ? sourceAt(src, start) : undefined;
  if (mark) {
    const same = sameLine(src, mark, at, files);
    if (same) return same;
  }
  // Helm: the values the template line reads, in the last values file that sets them.
  const template = src.sources ? mark?.file : src.templates.get(doc);
  const tf = template ? files(template) : undefined;
  if (tf && key !== undefined) {
    const keyLines = tf.text.split("\n").filter((l) => keyOfLine(l) === key);
    for (const l of keyLines) {
      for (const m of l.matchAll(/\.Values((?:\.[A-Za-z_][\w-]*)+)/g)) {
        const path = (m[1] ?? "").slice(1).split(".");
        for (const e of [...(src.embedded ?? [])].reverse()) {
          const f = files(e.file);
          const span = f ? embeddedAt(f, e, path, token) : null;
          if (span) return place(e.file, span) ?? fallback(src, files);
        }
        for (const vf of [...src.valueFiles].reverse()) {
          const f = files(vf);
          const node = f ? valueAt(f, path) : null;
          if (!f || !node) continue;
          const nodeText = f.text.slice(node.span.start, node.span.end);
          const inner = token ? nodeText.indexOf(token) : -1;
          return place(vf, inner >= 0 ? { start: node.span.start + inner, end: node.span.start + inner + token.length } : node.span) ?? fallback(src, files);
        }
      }
    }
  }
  if (distinctive) {
    for (const e of [...(src.embedded ?? [])].reverse()) {
      const f = files(e.file);
      const span = f ? embeddedToken(f, e, token) : null;
      if (span) return place(e.file, span) ?? fallback(src, files);
    }
    for (const vf of [...src.valueFiles].reverse()) {
      const got = tryIn(vf, undefined, token);
      if (got) return got;
    }
  }
  if (tf && key !== undefined) {
    const span = search(tf.text, key, token) ?? keyLine(tf.text, key);
    if (span && template) return place(template, span) ?? fallback(src, files);
  }
  if (template && tf) return { ...(place(template, { start: 0, end: 0 }) as Moved), note: `as rendered by ${src.label}` };
  return fallback(src, files);
}

/**
 * Whether `offset` of the rendered text is within a problem of a document that did not parse. The
 * problems of such documents are listed once per file: asked per finding, looking through every
 * document was most of moving 4,000 findings back into a chart's template.
 */
function unparsedAt(file: SourceFile, offset: number): boolean {
  let spans = unparsed.get(file);
  if (!spans) unparsed.set(file, (spans = file.documents.flatMap((d) => (d.root === null ? d.problems.map((p) => p.span) : []))));
  return spans.some((s) => s.start <= offset && offset <= s.end);
}
const unparsed = new WeakMap<SourceFile, readonly { readonly start: number; readonly end: number }[]>();

/** Helm: the `# Source:` line last before an offset of the rendered text (they are in its order), unless a subchart's. */
function sourceAt(src: RenderedSource, offset: number): { at: number; file: string } | undefined {
  const marks = src.sources ?? [];
  const found = marks[firstPast(marks.length, (i) => (marks[i] as { at: number }).at > offset) - 1];
  return found?.file ? found : undefined;
}

/**
 * How many whole lines of `text` from `from` to `to` (both at the start of a line) read `wanted`
 * once trimmed. The lines of a rendered text are listed by what they read once (`linesOf`): a
 * line a template writes as it is, met by a finding on each of 4,000 pods, was counted by going
 * over the output from the template's mark for each finding, which grew with the square of the pods.
 */
export function linesReading(file: { readonly text: string }, from: number, to: number, wanted: string): number {
  const starts = linesOf(file).get(wanted);
  if (!starts) return 0;
  const atOrAfter = (offset: number): number => firstPast(starts.length, (i) => (starts[i] as number) >= offset);
  return atOrAfter(to) - atOrAfter(from);
}

/** The start of each line of a file's text, by the line's trimmed text; made once per file. */
function linesOf(file: { readonly text: string }): Map<string, number[]> {
  let lines = textLines.get(file);
  if (!lines) {
    const { text } = file;
    lines = new Map();
    for (let start = 0; start <= text.length; ) {
      const nl = text.indexOf("\n", start);
      const end = nl === -1 ? text.length : nl;
      const key = text.slice(start, end).trim();
      const at = lines.get(key);
      if (at) at.push(start);
      else lines.set(key, [start]);
      if (nl === -1) break;
      start = nl + 1;
    }
    textLines.set(file, lines);
  }
  return lines;
}
const textLines = new WeakMap<{ readonly text: string }, Map<string, number[]>>();

/** The first index below `n` at which `past` holds (it is false, then true, along the indices); `n` when none. */
function firstPast(n: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A line of Helm's output written as it is in its template (below the `# Source:` line `mark`):
 * the same text, the same occurrence of it counted from that line, the same column within it.
 * Null when the template holds no such line (a line the template fills in).
 */
function sameLine(src: RenderedSource, mark: { at: number; file: string }, at: Location, files: (path: string) => SourceFile | undefined): Moved | null {
  const text = src.rendered.text;
  const start = offsetOf(src.rendered, at.line, 1);
  const line = lineAt(text, start);
  const wanted = line.text.trim();
  const tf = files(mark.file);
  if (!tf || wanted === "") return null;
  const occurrence = linesReading(src.rendered, mark.at, start, wanted);
  // The template's line that reads the same, the same occurrence of it.
  const off = linesOf(tf).get(wanted)?.[occurrence];
  if (off === undefined) return null;
  const l = lineAt(tf.text, off).text;
  const shift = l.length - l.trimStart().length - (line.text.length - line.text.trimStart().length);
  const from = off + Math.max(0, at.column - 1 + shift);
  const to = at.endLine === at.line ? off + Math.max(0, at.endColumn - 1 + shift) : from;
  return { file: mark.file, ...lineIndexOf(tf).location({ start: from, end: Math.max(from, to) }) };
}

/**
 * A comment line of Helm's output as the template line that wrote it: Helm copies a template's
 * comments into its output, so a `# calico-ipam-lint-…` comment there was written in the template
 * named by the `# Source:` line above it. Null when the line is not a comment or the template
 * holds no such line (a comment the template fills in).
 */
export function relocateComment(src: RenderedSource, at: Location, files: (path: string) => SourceFile | undefined): Moved | null {
  if (src.how !== "helm") return null;
  const start = offsetOf(src.rendered, at.line, 1);
  if (!lineAt(src.rendered.text, start).text.trim().startsWith("#")) return null;
  const mark = sourceAt(src, start);
  return mark ? sameLine(src, mark, at, files) : null;
}

function fallback(src: RenderedSource, files: (path: string) => SourceFile | undefined): Moved {
  const f = files(src.fallback);
  const loc = f ? lineIndexOf(f).location({ start: 0, end: 0 }) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { file: src.fallback, ...loc, note: `as rendered by ${src.label}` };
}
