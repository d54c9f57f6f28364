import { expect } from "vitest";
import { lintCase, type TestCase } from "../rule-tester.js";
import type { Finding } from "../../src/report/index.js";

/**
 * The Calico fidelity suite (docs/calico-fidelity.md): every row of calico-cases.md that a static
 * check can judge, as YAML text through the real pipeline (parseSource → lintSources, strict, all
 * rules). A row Calico accepts must give no error-severity finding, and exactly the warnings the
 * rules mean to give; a row Calico rejects must give exactly the findings listed, with Calico's text.
 */

export type Case = Omit<TestCase, "name">;

/** One expected finding. `on` is the object it is reported on: `Kind/name`. */
export interface Want {
  readonly rule: string;
  readonly id: string;
  readonly severity: "error" | "warning";
  /** Calico's text (or another part) the message must contain. */
  readonly message?: string | RegExp;
  readonly on?: string;
}

export const err = (rule: string, id: string, message?: string | RegExp, on?: string): Want => ({
  rule,
  id,
  severity: "error",
  ...(message !== undefined ? { message } : {}),
  ...(on !== undefined ? { on } : {}),
});

export const warn = (rule: string, id: string, message?: string | RegExp, on?: string): Want => ({
  rule,
  id,
  severity: "warning",
  ...(message !== undefined ? { message } : {}),
  ...(on !== undefined ? { on } : {}),
});

export function lint(c: Case): Finding[] {
  return lintCase({ name: "fidelity", ...c }).results.flatMap((r) => r.findings);
}

const objectOf = (f: Finding): string => (f.object ? `${f.object.kind}/${f.object.name ?? ""}` : "");
const show = (f: Finding): string => `${f.severity} ${f.ruleId}/${f.messageId ?? "?"} on ${objectOf(f)} at ${f.file}:${f.line}:${f.column}: ${f.message}`;

function matches(f: Finding, w: Want): boolean {
  if (f.ruleId !== w.rule || f.messageId !== w.id || f.severity !== w.severity) return false;
  if (w.on !== undefined && objectOf(f) !== w.on) return false;
  if (w.message === undefined) return true;
  return typeof w.message === "string" ? f.message.includes(w.message) : w.message.test(f.message);
}

/** Exactly the findings wanted (in any order), each with its text; nothing else. */
export function expectFindings(c: Case, want: readonly Want[]): Finding[] {
  const got = lint(c);
  const left = [...got];
  const missing: Want[] = [];
  // The most specific wants first, so that a loose one does not take a finding a specific one needs.
  const ordered = [...want].sort((a, b) => Number(b.on !== undefined) + Number(b.message !== undefined) - (Number(a.on !== undefined) + Number(a.message !== undefined)));
  for (const w of ordered) {
    const i = left.findIndex((f) => matches(f, w));
    if (i === -1) missing.push(w);
    else left.splice(i, 1);
  }
  const report = [
    ...missing.map((w) => `missing: ${w.severity} ${w.rule}/${w.id}${w.on ? ` on ${w.on}` : ""}${w.message ? ` containing ${String(w.message)}` : ""}`),
    ...left.map((f) => `unexpected: ${show(f)}`),
  ];
  expect(report, `findings were:\n${got.map(show).join("\n")}`).toEqual([]);
  return got;
}

/** Calico accepts the input: no error at all, and exactly the warnings listed. */
export function expectAccepted(c: Case, warnings: readonly Want[] = []): Finding[] {
  for (const w of warnings) if (w.severity !== "warning") throw new Error("an accepted row may only expect warnings");
  return expectFindings(c, warnings);
}

/** Calico rejects the input: exactly the findings listed, at least one of them an error. */
export function expectRejected(c: Case, findings: readonly Want[]): Finding[] {
  if (!findings.some((w) => w.severity === "error")) throw new Error("a rejected row needs an expected error");
  return expectFindings(c, findings);
}

// ---------------------------------------------------------------------------------------------
// Manifest builders. Each returns one YAML document; join several with `stream(...)`.

const CALICO = "cni.projectcalico.org/";

/** `key: 'value'` lines (single-quoted, as users write JSON in YAML); short keys get Calico's prefix. */
function annotationLines(a: Readonly<Record<string, string>>, indent: string): string {
  const lines = Object.entries(a).map(([k, v]) => `${indent}${k.includes("/") ? k : CALICO + k}: '${v.replace(/'/g, "''")}'`);
  return lines.length > 0 ? `${indent.slice(2)}annotations:\n${lines.join("\n")}\n` : "";
}

function labelLines(l: Readonly<Record<string, string>>, indent: string): string {
  const lines = Object.entries(l).map(([k, v]) => `${indent}${k}: ${JSON.stringify(v)}`);
  return lines.length > 0 ? `${indent.slice(2)}labels:\n${lines.join("\n")}\n` : "";
}

/** Indent `extra` (lines of YAML under `spec:`) by two spaces. */
const specLines = (extra: string): string =>
  extra
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => `  ${l}\n`)
    .join("");

/** An IPPool (projectcalico.org/v3 unless `api` says otherwise) with extra spec lines. */
export function ippool(name: string, cidr: string, extra = "", api = "projectcalico.org/v3"): string {
  return `apiVersion: ${api}\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n${specLines(extra)}`;
}

export function reservation(name: string, entries: readonly string[], api = "projectcalico.org/v3"): string {
  return `apiVersion: ${api}\nkind: IPReservation\nmetadata:\n  name: ${name}\nspec:\n  reservedCIDRs:\n${entries.map((e) => `    - ${JSON.stringify(e)}\n`).join("")}`;
}

export function namespace(name: string, annotations: Readonly<Record<string, string>> = {}, labels: Readonly<Record<string, string>> = {}): string {
  return `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n${labelLines(labels, "    ")}${annotationLines(annotations, "    ")}`;
}

export interface PodOptions {
  readonly namespace?: string;
  readonly hostNetwork?: boolean;
}

/** A bare Pod with Calico annotations. */
export function pod(name: string, annotations: Readonly<Record<string, string>> = {}, o: PodOptions = {}): string {
  return (
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n${o.namespace ? `  namespace: ${o.namespace}\n` : ""}${annotationLines(annotations, "    ")}` +
    `spec:\n${o.hostNetwork ? "  hostNetwork: true\n" : ""}  containers:\n    - name: app\n      image: registry.example/app:1\n`
  );
}

export interface DeploymentOptions extends PodOptions {
  /** `Recreate` or `RollingUpdate` (the default when unset). */
  readonly strategy?: string;
}

/** A Deployment whose pod template carries the annotations. */
export function deployment(name: string, replicas: number, annotations: Readonly<Record<string, string>> = {}, o: DeploymentOptions = {}): string {
  return (
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n${o.namespace ? `  namespace: ${o.namespace}\n` : ""}spec:\n  replicas: ${replicas}\n` +
    `${o.strategy ? `  strategy:\n    type: ${o.strategy}\n` : ""}  selector:\n    matchLabels:\n      app: ${name}\n  template:\n    metadata:\n      labels:\n        app: ${name}\n` +
    `${annotationLines(annotations, "        ")}    spec:\n      containers:\n        - name: app\n          image: registry.example/app:1\n`
  );
}

/** An operator Installation whose `spec.calicoNetwork.ipPools` holds the given items (YAML text of the list). */
export function installation(ipPools: string): string {
  const items = ipPools
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => `      ${l}\n`)
    .join("");
  return `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  calicoNetwork:\n    ipPools:\n${items}`;
}

/** kubeadm's ClusterConfiguration with a pod subnet (what the operator reads as the platform's CIDR). */
export function kubeadm(podSubnet: string): string {
  return `apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: ${podSubnet}\n`;
}
