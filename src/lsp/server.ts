/**
 * The language server: the workspace read once, the editor's buffers laid over it, and the whole
 * set judged again after each pause in typing. Diagnostics are published for every file whose
 * findings changed, so an edit to a pool, namespace, reservation or Installation updates the files
 * it affects, open or not. Speaks LSP over the streams it is given (stdio); writes no file.
 */
import { isAbsolute, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  type Location,
  type Position,
  type Range,
  type TextEdit,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { isEditFix } from "../fix/types.js";
import { LineIndex, type Span } from "../load/index.js";
import { CALICO_PREFIX, cidrString, get, KNOWN_KEYS, OUTPUT_KEYS, sizeOf, type K8sObject, type Pool } from "../model/index.js";
import { absFor, dryRun, forgetRenders, judge, judgeFlat, judgeFor, parseBuffer, pathFor, readFromDisk, readWorkspace, rules, type Finding, type Judge, type LintOutput, type SourceFile } from "./engine.js";
import { claimAt, claimsOf, freeAddresses, podAt, poolOfClaim, poolRefAt, poolsForStatic, poolsNamed, usageOf } from "./model-view.js";
import { suppressLineEdit, suppressObjectEdit, type OffsetEdit } from "./suppress.js";

export const SOURCE = "calico-ipam-lint";
const CONFIG_FILE = /(^|[\\/])\.calico-ipam-lint\.(ya?ml|json)$/;
const MANIFEST = /\.(ya?ml|json)$/i;
/** Free addresses offered per pool. */
const FREE_PER_POOL = 8;

export interface ServerOptions {
  /** Milliseconds of quiet after an edit before the workspace is judged again. */
  readonly debounceMs?: number;
}

interface Judged {
  readonly out: LintOutput;
  readonly byFile: Map<string, readonly Finding[]>;
  /** The text each path had when judged (to turn offsets into positions). */
  readonly files: Map<string, SourceFile>;
}

const indexes = new WeakMap<SourceFile, LineIndex>();
const indexOf = (f: SourceFile): LineIndex => {
  let i = indexes.get(f);
  if (!i) indexes.set(f, (i = new LineIndex(f.text)));
  return i;
};

const rangeOfFinding = (f: { line: number; column: number; endLine: number; endColumn: number }): Range => ({
  start: { line: f.line - 1, character: f.column - 1 },
  end: { line: f.endLine - 1, character: f.endColumn - 1 },
});

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
const intersects = (a: Range, b: Range): boolean => before(a.start, b.end) && before(b.start, a.end);

function offsetAt(f: SourceFile, p: Position): number {
  let line = 0;
  let at = 0;
  while (line < p.line) {
    const nl = f.text.indexOf("\n", at);
    if (nl === -1) return f.text.length;
    at = nl + 1;
    line++;
  }
  const nl = f.text.indexOf("\n", at);
  const end = nl === -1 ? f.text.length : nl;
  return Math.min(at + p.character, end);
}

/** Whether the client asked for a shutdown before it left (LSP: exit code 0 then, else 1). */
export interface ServerState {
  readonly shutdownReceived: () => boolean;
}

/** One root judged on its own: a workspace folder, or the open files outside every folder. */
interface Folder {
  readonly root: string;
  /** Judge the open files alone (no folder: never walk whatever directory the editor started in). */
  readonly workspaceless: boolean;
  /** The path the linter uses for a URI (relative to the root when under it); null for other schemes. */
  pathOfUri(uri: string): string | null;
  uriOf(path: string): string;
  spanRange(s: Span): Range | null;
  spanLocation(s: Span): Location | null;
  toDiagnostic(f: Finding): Diagnostic;
  /** The last judgement, after what is pending (a request needs the model of the text the editor shows). */
  settle(): Promise<Judged | null>;
  load(): Promise<void>;
  reload(): Promise<void>;
  touch(uri: string): void;
  close(uri: string): void;
  saved(uri: string): void;
  watched(changes: readonly { readonly uri: string; readonly type: number }[]): void;
  /** Clear every diagnostic it published (the folder left the workspace). */
  clear(): void;
  /** An open file now judged by another folder: forget its buffer, say nothing more about it. */
  drop(uri: string): void;
  stop(): void;
}

export function startServer(connection: Connection, options: ServerOptions = {}): ServerState {
  let shutdown = false;
  const documents = new TextDocuments(TextDocument);
  let debounceMs = options.debounceMs ?? 200;
  /** The workspace folders, each judged on its own, as `calico-ipam-lint .` run in it would. */
  let folders: Folder[] = [];
  /** The open files outside every folder, judged alone (also every file when the editor names no folder). */
  let loose: Folder | null = null;
  let started = false;
  /** Whether the client tells of folders added and removed. */
  let foldersChange = false;

  const log = (m: string): void => connection.console.log(m);
  const rulesInfo = rules();

  const absOfUri = (uri: string): string | null => {
    try {
      return uri.startsWith("file:") ? fileURLToPath(uri) : null;
    } catch {
      return null;
    }
  };
  const inside = (abs: string, root: string): boolean => abs === root || abs.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);

  /** The folder that judges a file: the innermost workspace folder holding it, else the loose files'. */
  const folderOf = (uri: string): Folder | null => {
    const abs = absOfUri(uri);
    if (abs === null) return null;
    let best: Folder | null = null;
    for (const f of folders) if (inside(abs, f.root) && (!best || f.root.length > best.root.length)) best = f;
    if (best) return best;
    if (!loose) {
      loose = openFolder(process.cwd(), true);
      if (started) void loose.load();
    }
    return loose;
  };

  /** Notices of the layout stage already shown (a chart not rendered: helm is not on PATH, …). */
  const noticed = new Set<string>();
  const notify = (notices: readonly string[] | undefined): void => {
    for (const n of notices ?? []) {
      if (noticed.has(n)) continue;
      noticed.add(n);
      connection.console.warn(`calico-ipam-lint: ${n}`);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `calico-ipam-lint: ${n}` });
    }
  };

  function openFolder(root: string, workspaceless: boolean): Folder {
    let j: Judge | null = null;
    /** The inputs: every manifest of the folder, with open buffers in place of their files. */
    const inputs = new Map<string, SourceFile>();
    /** The client's URI per path, for the files it opened (it may spell them its own way). */
    const uris = new Map<string, string>();
    /** Open buffers not yet parsed into `inputs`. */
    const dirty = new Set<string>();
    const published = new Map<string, string>();
    let judged: Judged | null = null;
    let timer: NodeJS.Timeout | null = null;
    let ready: Promise<void> = Promise.resolve();
    let stopped = false;

    const pathOfUri = (uri: string): string | null => {
      const abs = absOfUri(uri);
      if (abs === null) return null;
      return j ? pathFor(j, abs) : abs;
    };
    const uriOf = (path: string): string => uris.get(path) ?? pathToFileURL(j ? absFor(j, path) : path).href;
    const mine = (uri: string): boolean => folderOf(uri) === folder;

    const spanRange = (s: Span): Range | null => {
      const f = judged?.files.get(s.file);
      if (!f) return null;
      const loc = indexOf(f).location(s);
      return rangeOfFinding(loc);
    };
    const spanLocation = (s: Span): Location | null => {
      const range = spanRange(s);
      return range ? { uri: uriOf(s.file), range } : null;
    };

    const toDiagnostic = (f: Finding): Diagnostic => {
      const info = rulesInfo.get(f.ruleId);
      return {
        range: rangeOfFinding(f),
        severity: f.severity === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        code: f.ruleId,
        ...(info ? { codeDescription: { href: info.docsUrl } } : {}),
        source: SOURCE,
        message: f.message,
        ...(f.related && f.related.length > 0
          ? { relatedInformation: f.related.map((r) => ({ location: { uri: uriOf(r.file), range: rangeOfFinding(r) }, message: r.message })) }
          : {}),
      };
    };

    /** Publish what changed since the last run: new findings, changed ones, and files now clean. */
    const publish = (next: Judged): void => {
      const seen = new Set<string>();
      for (const [file, findings] of next.byFile) {
        if (findings.length === 0) continue;
        seen.add(file);
        const diagnostics = findings.map(toDiagnostic);
        const key = JSON.stringify(diagnostics);
        if (published.get(file) === key) continue;
        published.set(file, key);
        void connection.sendDiagnostics({ uri: uriOf(file), diagnostics });
      }
      for (const file of [...published.keys()]) {
        if (seen.has(file)) continue;
        published.delete(file);
        void connection.sendDiagnostics({ uri: uriOf(file), diagnostics: [] });
      }
    };
    const clear = (): void => {
      for (const file of published.keys()) void connection.sendDiagnostics({ uri: uriOf(file), diagnostics: [] });
      published.clear();
    };

    const judgedOf = (out: LintOutput): Judged => {
      const byFile = new Map(out.results.map((r) => [r.file, r.findings]));
      const files = new Map(inputs);
      for (const f of out.model.files) files.set(f.path, f);
      return { out, byFile, files };
    };

    const relint = async (): Promise<void> => {
      if (!j || stopped) return;
      const began = Date.now();
      const cpu = process.cpuUsage();
      for (const path of dirty) {
        const uri = uris.get(path);
        const doc = uri ? documents.get(uri) : undefined;
        if (doc) inputs.set(path, parseBuffer(path, doc.getText(), inputs.get(path)?.contextOnly ?? false));
      }
      dirty.clear();
      // The last run's model goes before the next is built: two models of a large workspace at once
      // double the server's memory. Requests wait for this run (settle), so none reads it meanwhile.
      judged = null;
      let out: LintOutput;
      try {
        out = workspaceless ? judgeFlat(j, [...inputs.values()]) : await judge(j, [...inputs.values()]);
      } catch (err) {
        // A bug of ours must not take the editor's diagnostics down with it: keep the last ones.
        connection.console.error(`calico-ipam-lint: internal error: ${(err as Error).message}`);
        return;
      }
      if (stopped) return;
      judged = judgedOf(out);
      publish(judged);
      notify(out.notices);
      const used = process.cpuUsage(cpu);
      log(`judged ${inputs.size} files${workspaceless ? "" : ` under ${root}`} in ${Date.now() - began} ms (${Math.round((used.user + used.system) / 1000)} ms of CPU)`);
    };

    /** Judge again after the runs queued before (edits, a reload); requests await `ready`. */
    const queueRelint = (): Promise<void> => (ready = ready.then(relint).catch((err: unknown) => connection.console.error(`calico-ipam-lint: ${(err as Error).message}`)));

    const schedule = (): void => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void queueRelint();
      }, debounceMs);
    };

    const settle = async (): Promise<Judged | null> => {
      await ready;
      if (timer || dirty.size > 0) {
        if (timer) clearTimeout(timer);
        timer = null;
        await queueRelint();
      }
      return judged;
    };

    const read = async (): Promise<void> => {
      inputs.clear();
      // Open buffers are taken again below, under the paths of the configuration now read.
      dirty.clear();
      uris.clear();
      try {
        j = await judgeFor(root);
      } catch (err) {
        // Findings of a configuration no longer in force would mislead: clear them, as the CLI stops.
        clear();
        j = null;
        judged = null;
        const message = (err as Error).message;
        // A notification, not a request: nothing to answer, and nothing waits on the answer.
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `calico-ipam-lint: the configuration cannot be used: ${message}` });
        connection.console.error(`calico-ipam-lint: ${message}`);
        return;
      }
      const began = Date.now();
      const ws = workspaceless ? null : await readWorkspace(j);
      if (stopped) return;
      for (const f of ws?.files ?? []) inputs.set(f.path, f);
      // Buffers opened while the folder was read win over what it read.
      for (const doc of documents.all()) {
        const path = pathOfUri(doc.uri);
        if (!path || !MANIFEST.test(path) || !mine(doc.uri)) continue;
        uris.set(path, doc.uri);
        dirty.add(path);
      }
      if (dirty.size > 0 || !ws) await relint();
      else {
        judged = judgedOf(ws.out);
        publish(judged);
        notify(ws.out.notices);
      }
      if (!workspaceless) log(`read ${inputs.size} files under ${root} in ${Date.now() - began} ms${j.configFile ? ` (configuration ${j.configFile})` : ""}`);
    };

    const load = (): Promise<void> =>
      (ready = read().catch((err: unknown) => {
        connection.console.error(`calico-ipam-lint: ${root} could not be read: ${(err as Error).message}`);
      }));

    const reload = async (): Promise<void> => {
      ready = ready.then(read).catch((err: unknown) => connection.console.error(`calico-ipam-lint: ${(err as Error).message}`));
      await ready;
    };

    const folder: Folder = {
      root,
      workspaceless,
      pathOfUri,
      uriOf,
      spanRange,
      spanLocation,
      toDiagnostic,
      settle,
      load,
      reload,
      clear,
      touch(uri) {
        const path = pathOfUri(uri);
        if (!path || !MANIFEST.test(path)) return;
        uris.set(path, uri);
        dirty.add(path);
        schedule();
      },
      close(uri) {
        const path = pathOfUri(uri);
        if (!path) return;
        dirty.delete(path);
        void ready.then(async () => {
          if (!j) return;
          const was = inputs.get(path);
          // Back to the file on disk; a file outside the folder leaves with its buffer.
          if (!workspaceless && !isAbsolute(path)) inputs.set(path, await readFromDisk(j, path, was?.contextOnly ?? false));
          else inputs.delete(path);
          uris.delete(path);
          schedule();
        });
      },
      saved(uri) {
        if (CONFIG_FILE.test(uri)) return void reload();
        // A chart's values or template, a base or patch saved: the renders that read it are made again.
        void ready.then(() => {
          const abs = absOfUri(uri);
          if (j && abs && forgetRenders(j, abs)) schedule();
        });
      },
      watched(changes) {
        void ready.then(async () => {
          if (changes.some((c) => CONFIG_FILE.test(c.uri) || c.uri.endsWith(".gitignore"))) return reload();
          if (!j || workspaceless) return;
          let stale = false;
          for (const c of changes) {
            const abs = absOfUri(c.uri);
            if (abs && forgetRenders(j, abs)) stale = true;
          }
          if (stale) schedule();
          for (const c of changes) {
            const path = pathOfUri(c.uri);
            if (!path || !MANIFEST.test(path) || uris.has(path)) continue; // an open buffer wins over disk
            if (c.type === 3) inputs.delete(path);
            else inputs.set(path, await readFromDisk(j, path, inputs.get(path)?.contextOnly ?? false));
          }
          schedule();
        });
      },
      drop(uri) {
        const path = pathOfUri(uri);
        if (!path) return;
        dirty.delete(path);
        uris.delete(path);
        // Its new folder publishes its diagnostics: clearing them here could come after those.
        published.delete(path);
        if (inputs.delete(path)) schedule();
      },
      stop() {
        stopped = true;
        if (timer) clearTimeout(timer);
        timer = null;
      },
    };
    return folder;
  }

  /** Open the folders the client names; one inside another is judged as part of the outer one. */
  const addFolders = (uris: readonly string[]): Folder[] => {
    const roots = uris.map(absOfUri).filter((r): r is string => r !== null);
    const all = [...folders.map((f) => f.root), ...roots];
    const added: Folder[] = [];
    for (const r of roots) {
      if (all.some((o) => o !== r && inside(r, o))) {
        log(`${r} is inside another workspace folder: judged with it`);
        continue;
      }
      if (folders.some((f) => f.root === r)) continue;
      const f = openFolder(r, false);
      folders.push(f);
      added.push(f);
    }
    return added;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const named = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [pathToFileURL(params.rootPath).href] : []);
    addFolders(named.filter((u) => u.startsWith("file:")));
    if (folders.length === 0) loose = openFolder(process.cwd(), true);
    foldersChange = params.capabilities.workspace?.workspaceFolders === true;
    const init = params.initializationOptions as { debounceMs?: unknown } | null | undefined;
    if (typeof init?.debounceMs === "number" && init.debounceMs >= 0) debounceMs = init.debounceMs;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['"', "[", ",", ".", ":", "/"] },
        definitionProvider: true,
        referencesProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SOURCE },
    };
  });

  connection.onInitialized(() => {
    started = true;
    for (const f of folders) void f.load();
    if (loose) void loose.load();
    // Folders added and removed while the editor runs (a multi-root workspace), when it says so.
    if (!foldersChange) return;
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => absOfUri(f.uri)));
      for (const f of folders.filter((g) => removed.has(g.root))) {
        f.stop();
        f.clear();
      }
      folders = folders.filter((f) => !removed.has(f.root));
      const added = addFolders(event.added.map((a) => a.uri));
      // Open files change hands: those of a removed folder go to the folder or loose files that
      // hold them now; those of an added folder leave the loose files.
      for (const doc of documents.all()) {
        const abs = absOfUri(doc.uri);
        if (abs === null) continue;
        if (added.some((f) => inside(abs, f.root))) loose?.drop(doc.uri);
        else if ([...removed].some((r) => r !== null && inside(abs, r))) folderOf(doc.uri)?.touch(doc.uri);
      }
      for (const f of added) void f.load();
    });
  });

  documents.onDidOpen((e) => folderOf(e.document.uri)?.touch(e.document.uri));
  documents.onDidChangeContent((e) => folderOf(e.document.uri)?.touch(e.document.uri));
  documents.onDidClose((e) => folderOf(e.document.uri)?.close(e.document.uri));
  documents.onDidSave((e) => folderOf(e.document.uri)?.saved(e.document.uri));

  connection.onDidChangeWatchedFiles((params) => {
    const byFolder = new Map<Folder, { uri: string; type: number }[]>();
    for (const c of params.changes) {
      const f = folderOf(c.uri);
      if (!f) continue;
      byFolder.set(f, [...(byFolder.get(f) ?? []), c]);
    }
    for (const [f, changes] of byFolder) f.watched(changes);
  });

  /** The folder of a request's document, its last judgement and the document's path there. */
  const request = async (uri: string): Promise<{ folder: Folder; state: Judged; path: string } | null> => {
    const folder = folderOf(uri);
    const path = folder?.pathOfUri(uri);
    const state = folder ? await folder.settle() : null;
    return folder && path && state ? { folder, state, path } : null;
  };

  // ---- Code actions: the fixes `--fix` makes, and the two suppressions.
  connection.onCodeAction(async (params) => {
    const req = await request(params.textDocument.uri);
    if (!req) return [];
    const { folder, state, path } = req;
    const file = state.files.get(path);
    const findings = state.byFile.get(path) ?? [];
    if (!file) return [];
    const uri = params.textDocument.uri;
    const toEdit = (e: OffsetEdit): TextEdit => ({ range: { start: indexPos(file, e.start), end: indexPos(file, e.end) }, newText: e.text });
    const actions: CodeAction[] = [];
    const objects = state.out.model.objects.filter((o) => o.ref.file === path);
    for (const f of findings) {
      const range = rangeOfFinding(f);
      if (!intersects(range, params.range)) continue;
      const diagnostic = folder.toDiagnostic(f);
      if (isEditFix(f.fix)) {
        actions.push({
          title: `Fix: ${f.ruleId}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [uri]: f.fix.edits.map((e) => toEdit({ start: e.span.start, end: e.span.end, text: e.text })) } },
        });
      }
      if (f.ruleId === "yaml-syntax") continue; // a suppression cannot be read from a file that does not parse
      const offset = offsetAt(file, range.start);
      const line = suppressLineEdit(file, offset, f.ruleId);
      if (line) actions.push({ title: `Suppress ${f.ruleId} on this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [toEdit(line)] } } });
      const object = innermost(objects, offset);
      const obj = object ? suppressObjectEdit(file, object, f.ruleId) : null;
      if (obj && object) {
        const name = object.ref.name ? ` ${object.ref.name}` : "";
        actions.push({ title: `Suppress ${f.ruleId} in ${object.ref.kind}${name}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [toEdit(obj)] } } });
      }
    }
    return actions;
  });

  const indexPos = (f: SourceFile, offset: number): Position => {
    const p = indexOf(f).position(offset);
    return { line: p.line - 1, character: p.column - 1 };
  };

  // ---- Hover: the pool of an address and its other claims; a pool's figures; a finding's rule.
  const poolLine = (p: Pool): string => {
    const mode = [`ipipMode ${p.ipipMode || "Never"}`, `vxlanMode ${p.vxlanMode || "Never"}`, `assignmentMode ${p.assignmentMode || "Automatic"}`];
    if (p.disabled) mode.push("disabled");
    return `pool \`${p.name || "(unnamed)"}\` — \`${p.cidrText?.value ?? "no cidr"}\` (${mode.join(", ")})`;
  };
  const whoOf = (o: K8sObject, namespace?: string): string => `${o.ref.kind} ${namespace !== undefined ? `${namespace}/` : ""}${o.ref.name ?? "(unnamed)"}`;
  const where = (folder: Folder, s: Span): string => {
    const r = folder.spanRange(s);
    return r ? `${s.file}:${r.start.line + 1}:${r.start.character + 1}` : s.file;
  };

  connection.onHover(async (params): Promise<Hover | null> => {
    const req = await request(params.textDocument.uri);
    if (!req) return null;
    const { folder, state, path } = req;
    const file = state.files.get(path);
    if (!file) return null;
    const offset = offsetAt(file, params.position);
    const model = state.out.model;
    const a = dryRun(state.out);
    const parts: string[] = [];
    const claim = claimAt(a, path, offset);
    if (claim) {
      const pool = poolOfClaim(model, claim);
      parts.push(`**${claim.text}** (\`${claim.key}\`): ${pool ? `in ${poolLine(pool)}` : "in no pool in view"}${claim.reserved ? "; inside an IPReservation" : ""}`);
      const others = claimsOf(a, claim).filter((c) => c !== claim);
      if (others.length === 0) parts.push("No other workload claims it.");
      else parts.push(`Also claimed by:\n${others.map((c) => `- ${whoOf(c.pod.object, c.pod.namespace)} (\`${c.key}\`) at ${where(folder, c.span)}`).join("\n")}`);
    }
    const ref = poolRefAt(model, path, offset);
    if (ref) {
      if (!ref.pool) parts.push(`**${ref.request.text}**: no pool of this name (or an enabled pool with exactly this CIDR) is in view`);
      else {
        const u = usageOf(a, ref.pool);
        const lines = [`**${ref.request.text}**: ${poolLine(ref.pool)}`];
        if (ref.pool.cidr) lines.push(`- size: ${sizeOf(ref.pool.cidr)} addresses (\`${cidrString(ref.pool.cidr)}\`, blockSize ${ref.pool.blockSize})`);
        if (u) {
          lines.push(`- demand in the dry run: ${u.demand} pod addresses${u.tunnel > 0n ? ` and ${u.tunnel} tunnel addresses` : ""}${u.shortfall > 0n ? `, ${u.shortfall} that fit nowhere` : ""}`);
          lines.push(`- static addresses: ${u.statics}; reserved: ${u.reserved}`);
          lines.push(`- free: ${u.free} of ${u.capacity} that automatic assignment may hand out`);
        } else if (ref.pool.disabled) lines.push("- disabled: Calico allocates nothing from it");
        parts.push(lines.join("\n"));
      }
    }
    const line = params.position;
    for (const f of state.byFile.get(path) ?? []) {
      const r = rangeOfFinding(f);
      if (!before(r.start, line) || !before(line, r.end)) continue;
      const info = rulesInfo.get(f.ruleId);
      parts.push(`[${f.ruleId}](${info?.docsUrl ?? ""})${info ? `: ${info.description}` : ""}`);
    }
    if (parts.length === 0) return null;
    return { contents: { kind: MarkupKind.Markdown, value: parts.join("\n\n---\n\n") } };
  });

  // ---- Completion: pool names, annotation keys, free addresses.
  connection.onCompletion(async (params): Promise<CompletionItem[]> => {
    const req = await request(params.textDocument.uri);
    const doc = documents.get(params.textDocument.uri);
    if (!req || !doc) return [];
    const { state, path } = req;
    const text = doc.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
    const lineEnd = doc.getText({ start: params.position, end: { line: params.position.line, character: Number.MAX_SAFE_INTEGER } }).replace(/\r?\n$/, "");
    const model = state.out.model;
    const word = (chars: RegExp): Range => {
      let s = text.length;
      while (s > 0 && chars.test(text[s - 1] ?? "")) s--;
      let e = 0;
      while (e < lineEnd.length && chars.test(lineEnd[e] ?? "")) e++;
      return { start: { line: params.position.line, character: s }, end: { line: params.position.line, character: text.length + e } };
    };
    const value = /cni\.projectcalico\.org\/([A-Za-z0-9]+)["']?\s*:(.*)$/.exec(text);
    if (value) {
      const key = value[1] ?? "";
      const typed = value[2] ?? "";
      const bare = typed.trim() === "" && lineEnd.trim() === "";
      if (key === "ipv4pools" || key === "ipv6pools") {
        const family = key === "ipv4pools" ? 4 : 6;
        const range = word(/[A-Za-z0-9._-]/);
        const pools = model.pools.filter((p) => p.name !== "" && (p.family === family || p.family === null));
        const names = [...new Set(pools.map((p) => p.name))];
        return names.map((name, i) => {
          const p = pools.find((q) => q.name === name) as Pool;
          return {
            label: name,
            kind: CompletionItemKind.Value,
            detail: `${p.cidrText?.value ?? "no cidr"}${p.disabled ? " (disabled)" : ""}`,
            sortText: String(i).padStart(5, "0"),
            textEdit: { range, newText: bare ? ` '["${name}"]'` : name },
          };
        });
      }
      if (key === "ipAddrs") {
        const file = state.files.get(path);
        const pod = file ? podAt(model, path, offsetAt(file, params.position)) : undefined;
        const a = dryRun(state.out);
        const range = word(/[0-9A-Fa-f.:]/);
        const items: CompletionItem[] = [];
        for (const pool of poolsForStatic(model, a, pod)) {
          for (const ip of freeAddresses(model, a, pool, FREE_PER_POOL)) {
            items.push({
              label: ip,
              kind: CompletionItemKind.Value,
              detail: `free in pool ${pool.name || "(unnamed)"} (${pool.cidrText?.value ?? ""})${a.automaticPools.has(pool) ? "; automatic assignment draws from this pool" : ""}`,
              sortText: String(items.length).padStart(5, "0"),
              textEdit: { range, newText: bare ? ` '["${ip}"]'` : ip },
            });
          }
        }
        return items;
      }
      return [];
    }
    // An annotation key being typed, under `annotations:`.
    const keyTyped = /^(\s*)(["']?)([A-Za-z0-9./_-]*)$/.exec(text);
    if (keyTyped && underAnnotations(doc, params.position.line, (keyTyped[1] ?? "").length)) {
      const range = word(/[A-Za-z0-9./_"'-]/);
      const keys = [...KNOWN_KEYS.filter((k) => !(OUTPUT_KEYS as readonly string[]).includes(k)).map((k) => `${CALICO_PREFIX}${k}`), "calico-ipam-lint.io/ignore"];
      return keys.map((k) => ({ label: k, kind: CompletionItemKind.Property, textEdit: { range, newText: `${k}: ` } }));
    }
    return [];
  });

  // ---- Definition (pool name → IPPool) and references (address → every claim).
  connection.onDefinition(async (params): Promise<Location[] | null> => {
    const req = await request(params.textDocument.uri);
    const file = req?.state.files.get(req.path);
    if (!req || !file) return null;
    const { folder, state, path } = req;
    const ref = poolRefAt(state.out.model, path, offsetAt(file, params.position));
    if (!ref) return null;
    const pools = ref.pool ? [ref.pool, ...poolsNamed(state.out.model, ref.pool.name).filter((p) => p !== ref.pool)] : poolsNamed(state.out.model, ref.request.text);
    return pools.map((p) => folder.spanLocation(get(p.object.node, "metadata", "name")?.span ?? p.span)).filter((l): l is Location => l !== null);
  });

  connection.onReferences(async (params): Promise<Location[] | null> => {
    const req = await request(params.textDocument.uri);
    const file = req?.state.files.get(req.path);
    if (!req || !file) return null;
    const { folder, state, path } = req;
    const a = dryRun(state.out);
    const claim = claimAt(a, path, offsetAt(file, params.position));
    if (!claim) return null;
    return claimsOf(a, claim)
      .filter((c) => params.context.includeDeclaration || c !== claim)
      .map((c) => folder.spanLocation(c.span))
      .filter((l): l is Location => l !== null);
  });

  connection.onShutdown(() => {
    shutdown = true;
    for (const f of folders) f.stop();
    loose?.stop();
  });

  documents.listen(connection);
  connection.listen();
  return { shutdownReceived: () => shutdown };
}

/** The innermost object holding the offset (an item of a List is inside the List). */
function innermost(objects: readonly K8sObject[], offset: number): K8sObject | undefined {
  let best: K8sObject | undefined;
  for (const o of objects) {
    if (o.ref.span.start <= offset && offset <= o.ref.span.end && (!best || o.ref.span.end - o.ref.span.start < best.ref.span.end - best.ref.span.start)) best = o;
  }
  return best;
}

/** Whether the line holds a key of an `annotations:` map: the nearest less indented line above is `annotations:`. */
function underAnnotations(doc: TextDocument, line: number, indent: number): boolean {
  for (let l = line - 1; l >= 0; l--) {
    const t = doc.getText({ start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } }).replace(/\r?\n$/, "");
    if (t.trim() === "" || /^\s*#/.test(t)) continue;
    const ind = /^ */.exec(t)?.[0].length ?? 0;
    if (ind < indent) return /^\s*["']?annotations["']?\s*:\s*$/.test(t);
    if (ind === indent && !/^\s*["']?[^\s:]+["']?\s*:/.test(t)) return false;
  }
  return false;
}
