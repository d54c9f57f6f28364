import { yaml } from "@codemirror/lang-yaml";
import { forceLinting, lintGutter, linter, type Diagnostic } from "@codemirror/lint";
import { EditorState, type Extension } from "@codemirror/state";
import { EditorView, basicSetup } from "codemirror";
import type { Finding } from "../../src/report/types.js";
import { isEditFix } from "../../src/fix/index.js";
import { esc, REPORT_CSS } from "../../src/report/html.js";
import "./playground.css";
import { fixAll, lintState, MANIFEST, rules, type PlaygroundRun } from "./core.js";
import { decodeState, encodeState, type PlaygroundFile, type PlaygroundState, type RuleLevel } from "./state.js";
import { EXAMPLE } from "./example.js";

/**
 * The playground page: one editor tab per file, findings inline (CodeMirror's lint extension) and
 * listed, the pools' address space beside them, settings and rule toggles, quick fixes, and the
 * whole state in the URL's fragment. Everything runs here; nothing is sent anywhere.
 */

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

// --- compression for the URL (the browser's own raw DEFLATE) ---
async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}
const deflateRaw = (b: Uint8Array) => through(b, new CompressionStream("deflate-raw"));
const inflateRaw = (b: Uint8Array) => through(b, new DecompressionStream("deflate-raw"));

// --- state ---
interface Settings {
  calicoVersion: "v3.32" | "head";
  cniType: string;
  cniIpam: string;
  podCidrs: string;
  nodes: string;
  poolsComplete: boolean;
  ipAddrsNoIpam: "" | "on" | "off";
  rules: Record<string, RuleLevel>;
}

const tabs: { name: string; state: EditorState }[] = [];
let active = 0;
let settings: Settings = { calicoVersion: "v3.32", cniType: "", cniIpam: "", podCidrs: "", nodes: "", poolsComplete: false, ipAddrsNoIpam: "", rules: {} };
let version = 0;
let linted = -1;
let last: PlaygroundRun = { results: [], mapHtml: "", notice: "" };
let firstFindings = true;

function currentState(): PlaygroundState {
  const cidrs = settings.podCidrs.split(/[\s,]+/).filter(Boolean);
  const nodes = Number(settings.nodes);
  return {
    files: tabs.map((t) => ({ name: t.name, text: t.name === tabs[active]?.name ? view.state.doc.toString() : t.state.doc.toString() })),
    active,
    ...(settings.calicoVersion !== "v3.32" ? { calicoVersion: settings.calicoVersion } : {}),
    ...(settings.cniType || settings.cniIpam ? { cni: { ...(settings.cniType ? { type: settings.cniType } : {}), ...(settings.cniIpam ? { ipam: settings.cniIpam } : {}) } } : {}),
    ...(cidrs.length > 0 ? { podCidrs: cidrs } : {}),
    ...(settings.nodes !== "" && Number.isInteger(nodes) && nodes >= 0 ? { nodes } : {}),
    ...(settings.poolsComplete ? { poolsComplete: true } : {}),
    ...(settings.ipAddrsNoIpam ? { featureFlags: { ipAddrsNoIpam: settings.ipAddrsNoIpam === "on" } } : {}),
    ...(Object.keys(settings.rules).length > 0 ? { rules: settings.rules } : {}),
  };
}

/** Lint every tab when anything changed since the last run; refresh the lists, the map and the URL. */
function ensureLinted(): PlaygroundRun {
  if (linted === version) return last;
  const v = version;
  const state = currentState();
  const started = performance.now();
  last = lintState(state);
  linted = v;
  renderFindings(last);
  $("map").innerHTML = last.mapHtml || "<p>No IP pools in view.</p>";
  // Charts and overlays this page cannot render (the CLI runs helm and kustomize for them).
  $("notice").textContent = last.notice;
  $("notice").hidden = last.notice === "";
  const all = last.results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === "error").length;
  $("status").textContent = `${all.length} problem${all.length === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${all.length - errors} warning${all.length - errors === 1 ? "" : "s"}) in ${last.results.length} file${last.results.length === 1 ? "" : "s"}; linted in ${Math.round(performance.now() - started)} ms`;
  if (firstFindings) {
    firstFindings = false;
    // Time from navigation to the first findings on screen (docs/performance.md).
    document.body.dataset["firstFindingsMs"] = String(Math.round(performance.now()));
  }
  // For tests and scripts: which change was linted, and which is in the URL.
  document.body.dataset["lintVersion"] = String(v);
  void saveToUrl(state, v);
  return last;
}

async function saveToUrl(state: PlaygroundState, v?: number): Promise<void> {
  const hash = await encodeState(state, deflateRaw);
  history.replaceState(null, "", `#${hash}`);
  if (v !== undefined) document.body.dataset["savedVersion"] = String(v);
}

let timer: ReturnType<typeof setTimeout> | undefined;
/** Something changed: lint again shortly (once for a burst of keystrokes), then refresh the editor's marks. */
function changed(): void {
  version++;
  document.body.dataset["version"] = String(version);
  clearTimeout(timer);
  timer = setTimeout(() => {
    ensureLinted();
    forceLinting(view);
  }, 200);
}

// --- the editor ---
function lineOffset(doc: EditorState["doc"], line: number, column: number): number {
  if (line > doc.lines) return doc.length;
  const l = doc.line(Math.max(1, line));
  return Math.min(l.to, l.from + Math.max(0, column - 1));
}

function editsOf(f: Finding): { from: number; to: number; insert: string }[] {
  return isEditFix(f.fix) ? f.fix.edits.map((e) => ({ from: e.span.start, to: e.span.end, insert: e.text })) : [];
}

const lintSource = linter(
  (v): Diagnostic[] => {
    const run = ensureLinted();
    const name = tabs[active]?.name;
    const doc = v.state.doc;
    return run.results
      .filter((r) => r.file === name)
      .flatMap((r) => r.findings)
      .map((f) => {
        const from = lineOffset(doc, f.line, f.column);
        const to = Math.max(from, lineOffset(doc, f.endLine, f.endColumn));
        const d: Diagnostic = {
          from,
          to,
          severity: f.severity === "error" ? "error" : "warning",
          source: f.ruleId,
          message: f.message,
          ...(isEditFix(f.fix)
            ? {
                actions: [
                  {
                    name: "Fix",
                    apply: (ev: EditorView) => {
                      // The finding's own edits, as --fix applies them: offsets into the text linted,
                      // so only while no edit came after the run.
                      if (linted === version) ev.dispatch({ changes: editsOf(f) });
                    },
                  },
                ],
              }
            : {}),
        };
        return d;
      });
  },
  { delay: 250 },
);

const extensions: Extension[] = [
  basicSetup,
  yaml(),
  lintGutter(),
  lintSource,
  EditorView.updateListener.of((u) => {
    if (u.docChanged) changed();
  }),
  EditorView.contentAttributes.of({ "aria-label": "Manifest editor" }),
];

const view = new EditorView({ parent: $("editor"), state: EditorState.create({ doc: "", extensions }) });

function newState(text: string): EditorState {
  return EditorState.create({ doc: text, extensions });
}

function select(i: number, focus = false): void {
  const cur = tabs[active];
  if (cur) cur.state = view.state;
  active = Math.max(0, Math.min(i, tabs.length - 1));
  const next = tabs[active];
  view.setState(next ? next.state : newState(""));
  renderTabs();
  ($("file-name") as HTMLInputElement).value = next?.name ?? "";
  changed();
  if (focus) view.focus();
}

function setFiles(files: readonly PlaygroundFile[], activeIndex = 0): void {
  tabs.length = 0;
  for (const f of files) tabs.push({ name: f.name, state: newState(f.text) });
  if (tabs.length === 0) tabs.push({ name: "manifest.yaml", state: newState("") });
  active = -1;
  select(activeIndex);
}

function uniqueName(base: string): string {
  if (!tabs.some((t) => t.name === base)) return base;
  const m = /^(.*?)(\.[^.]+)?$/.exec(base);
  for (let n = 2; ; n++) {
    const candidate = `${m?.[1] ?? base}-${n}${m?.[2] ?? ""}`;
    if (!tabs.some((t) => t.name === candidate)) return candidate;
  }
}

function renderTabs(): void {
  const list = $("tabs");
  list.innerHTML = tabs
    .map(
      (t, i) =>
        `<button type="button" role="tab" id="tab-${i}" aria-controls="editor" aria-selected="${i === active}" tabindex="${i === active ? 0 : -1}" data-index="${i}">${esc(t.name)}${countBadge(t.name)}</button>`,
    )
    .join("");
}

function countBadge(name: string): string {
  const r = last.results.find((x) => x.file === name);
  if (!r || r.findings.length === 0) return "";
  return ` <span class="tab-count" aria-label="${r.errorCount} errors, ${r.warningCount} warnings">${r.errorCount > 0 ? `✖${r.errorCount}` : ""}${r.warningCount > 0 ? ` ⚠${r.warningCount}` : ""}</span>`;
}

// --- the findings list ---
const RULES = rules();

function renderFindings(run: PlaygroundRun): void {
  const out: string[] = [];
  for (const r of run.results) {
    r.findings.forEach((f, k) => {
      const url = RULES.find((x) => x.id === f.ruleId)?.docsUrl ?? "";
      out.push(
        `<li class="finding ${f.severity}" data-finding data-file="${esc(f.file)}" data-line="${f.line}" data-column="${f.column}" data-rule="${esc(f.ruleId)}" data-severity="${f.severity}">` +
          `<p class="head"><span class="sev ${f.severity}">${f.severity === "error" ? "✖ error" : "⚠ warning"}</span> <button type="button" class="goto" data-file="${esc(f.file)}" data-k="${k}">${esc(f.file)}:${f.line}:${f.column}</button> <a class="rule" href="${esc(url)}" target="_blank" rel="noopener noreferrer">${esc(f.ruleId)}</a>` +
          `${isEditFix(f.fix) ? ` <button type="button" class="fix" data-file="${esc(f.file)}" data-k="${k}">Fix</button>` : ""}</p><p class="msg">${esc(f.message)}</p></li>`,
      );
    });
  }
  $("findings").innerHTML = out.length > 0 ? out.join("") : "<li>No problems found.</li>";
  renderTabs();
}

function findingOf(el: HTMLElement): Finding | undefined {
  const r = last.results.find((x) => x.file === el.dataset["file"]);
  return r?.findings[Number(el.dataset["k"])];
}

$("findings").addEventListener("click", (e) => {
  const el = (e.target as HTMLElement).closest("button");
  if (!el) return;
  const f = findingOf(el);
  if (!f) return;
  const i = tabs.findIndex((t) => t.name === f.file);
  if (i < 0) return;
  if (el.classList.contains("fix")) {
    // The list is of the last run: after an edit not yet linted, its offsets may be stale.
    if (linted !== version) {
      forceLinting(view);
      return;
    }
    select(i);
    view.dispatch({ changes: editsOf(f) });
    changed();
    return;
  }
  select(i);
  const from = lineOffset(view.state.doc, f.line, f.column);
  view.dispatch({ selection: { anchor: from }, scrollIntoView: true });
  view.focus();
});

$("tabs").addEventListener("click", (e) => {
  const el = (e.target as HTMLElement).closest<HTMLElement>("[role=tab]");
  if (el) select(Number(el.dataset["index"]), true);
});
$("tabs").addEventListener("keydown", (e) => {
  // Arrow keys move between tabs (the ARIA tabs pattern).
  const d = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
  if (d === 0) return;
  e.preventDefault();
  select((active + d + tabs.length) % tabs.length);
  document.getElementById(`tab-${active}`)?.focus();
});

// --- toolbar ---
$("new-file").addEventListener("click", () => {
  const cur = tabs[active];
  if (cur) cur.state = view.state;
  tabs.push({ name: uniqueName("manifest.yaml"), state: newState("") });
  select(tabs.length - 1, true);
});
$("close-file").addEventListener("click", () => {
  tabs.splice(active, 1);
  if (tabs.length === 0) tabs.push({ name: "manifest.yaml", state: newState("") });
  const i = Math.min(active, tabs.length - 1);
  active = -1;
  select(i);
});
$("file-name").addEventListener("change", (e) => {
  const input = e.target as HTMLInputElement;
  const cur = tabs[active];
  const name = input.value.trim();
  if (!cur || !name || name === cur.name) return;
  cur.name = uniqueName(name);
  input.value = cur.name;
  renderTabs();
  changed();
});
$("fix-all").addEventListener("click", async () => {
  const files = await fixAll(currentState());
  setFiles(files, active);
  changed();
});
$("load-example").addEventListener("click", () => {
  setFiles(EXAMPLE);
  changed();
});
$("share").addEventListener("click", async () => {
  await saveToUrl(currentState());
  try {
    await navigator.clipboard.writeText(location.href);
    $("status").textContent = "Link copied: it holds every tab and setting.";
  } catch {
    $("status").textContent = "The address bar's link holds every tab and setting.";
  }
});

// --- opening and dropping files ---
async function readEntry(entry: FileSystemEntry, out: { name: string; file: File }[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej));
    out.push({ name: entry.fullPath.replace(/^\//, ""), file });
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
      if (batch.length === 0) break;
      for (const e of batch) await readEntry(e, out);
    }
  }
}

/** Paths under one folder lose that folder: a dropped repository's files are named from its root. */
function stripCommonDir(names: string[]): string[] {
  const first = names[0]?.split("/")[0];
  if (names.length > 0 && names.every((n) => n.includes("/") && n.split("/")[0] === first)) return names.map((n) => n.slice((first?.length ?? 0) + 1));
  return names;
}

async function openFiles(list: { name: string; file: File }[], replace: boolean): Promise<void> {
  const manifests = list.filter((f) => MANIFEST.test(f.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (manifests.length === 0) {
    $("status").textContent = "No YAML or JSON files among them.";
    return;
  }
  const names = stripCommonDir(manifests.map((m) => m.name));
  const files = await Promise.all(manifests.map(async (m, i) => ({ name: names[i] ?? m.name, text: await m.file.text() })));
  if (replace) setFiles(files);
  else {
    const cur = tabs[active];
    if (cur) cur.state = view.state;
    for (const f of files) {
      const at = tabs.findIndex((t) => t.name === f.name);
      if (at >= 0) tabs[at] = { name: f.name, state: newState(f.text) };
      else tabs.push({ name: f.name, state: newState(f.text) });
    }
    select(tabs.findIndex((t) => t.name === files[0]?.name));
  }
  changed();
}

$("open-files").addEventListener("change", (e) => {
  const input = e.target as HTMLInputElement;
  void openFiles([...(input.files ?? [])].map((file) => ({ name: file.name, file })), false).then(() => (input.value = ""));
});
$("open-folder").addEventListener("change", (e) => {
  const input = e.target as HTMLInputElement;
  void openFiles([...(input.files ?? [])].map((file) => ({ name: file.webkitRelativePath || file.name, file })), true).then(() => (input.value = ""));
});
document.addEventListener("dragover", (e) => e.preventDefault());
document.addEventListener("drop", (e) => {
  e.preventDefault();
  const items = [...(e.dataTransfer?.items ?? [])];
  const entries = items.map((i) => i.webkitGetAsEntry?.()).filter((x): x is FileSystemEntry => Boolean(x));
  void (async () => {
    const out: { name: string; file: File }[] = [];
    if (entries.length > 0) for (const en of entries) await readEntry(en, out);
    else for (const file of e.dataTransfer?.files ?? []) out.push({ name: file.name, file });
    await openFiles(out, entries.some((en) => en.isDirectory));
  })();
});

// --- settings and rules ---
function renderRules(): void {
  $("rules").innerHTML = RULES
    .map(
      (r) =>
        `<li><label for="rule-${esc(r.id)}"><a href="${esc(r.docsUrl)}" target="_blank" rel="noopener noreferrer">${esc(r.id)}</a></label> <select id="rule-${esc(r.id)}" data-rule="${esc(r.id)}">${(["", "error", "warn", "off"] as const)
          .map((v) => `<option value="${v}"${(settings.rules[r.id] ?? "") === v ? " selected" : ""}>${v === "" ? `default (${r.defaultSeverity})` : v}</option>`)
          .join("")}</select></li>`,
    )
    .join("");
}

function showSettings(): void {
  ($("calico-version") as HTMLSelectElement).value = settings.calicoVersion;
  ($("cni-type") as HTMLInputElement).value = settings.cniType;
  ($("cni-ipam") as HTMLSelectElement).value = settings.cniIpam;
  ($("pod-cidr") as HTMLInputElement).value = settings.podCidrs;
  ($("nodes") as HTMLInputElement).value = settings.nodes;
  ($("pools-complete") as HTMLInputElement).checked = settings.poolsComplete;
  ($("ip-addrs-no-ipam") as HTMLSelectElement).value = settings.ipAddrsNoIpam;
  renderRules();
}

$("settings").addEventListener("change", (e) => {
  const t = e.target as HTMLInputElement & HTMLSelectElement;
  const rule = t.dataset["rule"];
  if (rule) {
    if (t.value) settings.rules[rule] = t.value as RuleLevel;
    else delete settings.rules[rule];
  } else if (t.id === "calico-version") settings.calicoVersion = t.value === "head" ? "head" : "v3.32";
  else if (t.id === "cni-type") settings.cniType = t.value.trim();
  else if (t.id === "cni-ipam") settings.cniIpam = t.value;
  else if (t.id === "pod-cidr") settings.podCidrs = t.value.trim();
  else if (t.id === "nodes") settings.nodes = t.value.trim();
  else if (t.id === "pools-complete") settings.poolsComplete = t.checked;
  else if (t.id === "ip-addrs-no-ipam") settings.ipAddrsNoIpam = t.value as Settings["ipAddrsNoIpam"];
  changed();
});

$("settings").addEventListener("submit", (e) => e.preventDefault());

// --- start: the state in the URL, else the example repository ---
async function start(): Promise<void> {
  // The map and the findings wear the HTML report's stylesheet.
  const style = document.createElement("style");
  style.textContent = REPORT_CSS;
  document.head.prepend(style);
  const s = await decodeState(location.hash, inflateRaw);
  if (s) {
    settings = {
      calicoVersion: s.calicoVersion ?? "v3.32",
      cniType: s.cni?.type ?? "",
      cniIpam: s.cni?.ipam ?? "",
      podCidrs: (s.podCidrs ?? []).join(", "),
      nodes: s.nodes !== undefined ? String(s.nodes) : "",
      poolsComplete: s.poolsComplete ?? false,
      ipAddrsNoIpam: s.featureFlags?.ipAddrsNoIpam === undefined ? "" : s.featureFlags.ipAddrsNoIpam ? "on" : "off",
      rules: { ...s.rules },
    };
  }
  showSettings();
  setFiles(s ? s.files : EXAMPLE, s?.active ?? 0);
  changed();
  if (!s) {
    // The example opens on its first file with findings.
    const first = ensureLinted().results.findIndex((r) => r.findings.length > 0);
    const at = first >= 0 ? tabs.findIndex((t) => t.name === last.results[first]?.file) : -1;
    if (at > 0) select(at);
  }
}
void start();
