import AjvModule, { type ErrorObject, type ValidateFunction } from "ajv";
import {
  apiGroup,
  asSeq,
  atPointer,
  bitsOf,
  BLOCK_SIZE_RANGE,
  cidrString,
  collectObjects,
  DEFAULT_BLOCK_SIZE,
  effectiveBlockSize,
  get,
  innerSpan,
  LINK_LOCAL,
  num,
  overlaps,
  parseCIDR,
  parseSelector,
  sameCIDR,
  str,
  text,
  toPlain,
  type K8sObject,
  type MapEntry,
  type MapNode,
  type Model,
  type Node,
  type ObjectRef,
  type Pool,
  type Reservation,
  type Settings,
  type Span,
} from "../model/index.js";
import { INSTALLATION_POOL_SCHEMA, IPPOOL_SPEC_SCHEMA, IPRESERVATION_SPEC_SCHEMA } from "../model/schemas/calico.js";
import { defineRule, type Severity } from "./define-rule.js";

type MessageId = "rejected" | "schema" | "unknownField" | "reservation";

interface Problem {
  readonly messageId: MessageId;
  readonly at: Span;
  readonly data: Record<string, string>;
  readonly severity?: Severity;
}

let compiled: { ippool: ValidateFunction; installation: ValidateFunction; reservation: ValidateFunction } | undefined;
function validators(): NonNullable<typeof compiled> {
  if (!compiled) {
    const ajv = new AjvModule.default({ allErrors: true, strict: false });
    compiled = {
      ippool: ajv.compile(IPPOOL_SPEC_SCHEMA),
      installation: ajv.compile(INSTALLATION_POOL_SCHEMA),
      reservation: ajv.compile(IPRESERVATION_SPEC_SCHEMA),
    };
  }
  return compiled;
}

/** `/spec/allowedUses/0` under `spec` → `spec.allowedUses[0]` (Kubernetes field paths). */
function fieldPath(prefix: string, pointer: string): string {
  let out = prefix;
  for (const part of pointer === "" ? [] : pointer.slice(1).split("/")) out += /^\d+$/.test(part) ? `[${part}]` : `.${part}`;
  return out;
}

/** YAML 1.1 booleans, which kubectl's decoder reads as booleans and the YAML 1.2 parser as strings. */
const YAML11_BOOL = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

const goType = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v === "number" ? (Number.isInteger(v) ? "integer" : "number") : typeof v);

/** Operator messages for its own enumerations (`ValidatePools`). */
const OPERATOR_ENUMS: Record<string, (v: string) => string> = {
  encapsulation: (v) => `${v} is invalid for ipPool.encapsulation, should be one of IPIPCrossSubnet,IPIP,VXLAN,VXLANCrossSubnet,None`,
  natOutgoing: (v) => `${v} is invalid for natOutgoing, should be one of Enabled,Disabled`,
};

function schemaProblems(root: Node, prefix: string, validate: ValidateFunction, kind: string, installation: boolean): Problem[] {
  const value = toPlain(root);
  if (validate(value)) return [];
  const out: Problem[] = [];
  const by = installation ? "the Kubernetes API server rejects the Installation" : `the Kubernetes API server rejects the ${kind} (Calico's CRD schema)`;
  const errors = (validate.errors ?? []) as ErrorObject[];
  const typeErrors = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  // Keys by name per map, built once: a spec of 100000 unknown fields is 100000 errors on one map.
  const keyIndex = new Map<Node, Map<string, MapEntry>>();
  const entryOf = (n: Node, key: string): MapEntry | undefined => {
    if (n.kind !== "map") return undefined;
    let index = keyIndex.get(n);
    if (!index) {
      index = new Map();
      for (const e of n.entries) if (!index.has(e.key)) index.set(e.key, e);
      keyIndex.set(n, index);
    }
    return index.get(key);
  };
  for (const err of errors) {
    // One finding per field: a wrong type also fails the enum.
    if (err.keyword === "enum" && typeErrors.has(err.instancePath)) continue;
    const { node, found } = atPointer(root, err.instancePath);
    const path = fieldPath(prefix, err.instancePath);
    if (err.keyword === "additionalProperties") {
      const field = String((err.params as { additionalProperty: string }).additionalProperty);
      const e = entryOf(node, field);
      out.push({
        messageId: "unknownField",
        severity: "warning",
        at: e?.keySpan ?? node.span,
        data: { field, kind, path: `${path}.${field}` },
      });
      continue;
    }
    if (err.keyword === "required") continue; // the semantic checks say it with Calico's words
    // Only now: an unknown field's error names the whole map, and copying it per error was quadratic.
    const v = found ? toPlain(node) : undefined;
    if (err.keyword === "enum") {
      const allowed = ((err.params as { allowedValues: unknown[] }).allowedValues ?? []).filter((a) => a !== "");
      const last = err.instancePath.split("/").pop() ?? "";
      const op = installation ? OPERATOR_ENUMS[last] : undefined;
      out.push({
        messageId: "schema",
        at: node.span,
        data: {
          what: `${JSON.stringify(v)} is not a valid ${path} (values are case-sensitive)`,
          by: op ? "the operator rejects the Installation" : by,
          error: op ? op(String(v)) : `${path}: Unsupported value: ${JSON.stringify(v)}: supported values: ${allowed.map((a) => JSON.stringify(a)).join(", ")}`,
          fix: `Use one of ${allowed.map((a) => `\`${String(a)}\``).join(", ")}`,
        },
      });
      continue;
    }
    if (err.keyword === "type") {
      const expected = String((err.params as { type: string }).type);
      if (expected === "boolean" && typeof v === "string" && YAML11_BOOL.test(v)) continue;
      out.push({
        messageId: "schema",
        at: node.span,
        data: {
          what: `${path} must be ${expected === "integer" ? "an" : "a"} ${expected}`,
          by,
          error: `${path}: Invalid value: "${goType(v)}": ${path} in body must be of type ${expected}: "${goType(v)}"`,
          fix: `Write ${path.split(".").pop() ?? path} as ${expected === "integer" ? "an" : "a"} ${expected}${typeof v === "string" ? " without quotes" : ""}`,
        },
      });
      continue;
    }
    const limit = String((err.params as { limit?: number }).limit ?? "");
    const error =
      err.keyword === "maxLength"
        ? `${path}: Too long: may not be longer than ${limit}`
        : err.keyword === "maxItems"
          ? `${path}: Too many: ${Array.isArray(v) ? v.length : "?"}: must have at most ${limit} items`
          : `${path} ${err.message ?? "is invalid"}`;
    out.push({ messageId: "schema", at: node.span, data: { what: `${path} is out of bounds`, by, error, fix: "Shorten the value" } });
  }
  return out;
}

const encapOn = (mode: string | undefined): boolean => mode === "Always" || mode === "CrossSubnet";

/** clientv3 (v3.32) and CEL (HEAD) texts for the IPPool checks. */
const TEXT = {
  noCidr: { v332: "IPPool CIDR must be specified", head: "IPPool CIDR must be specified" },
  badCidr: { v332: "IPPool CIDR must be a valid subnet", head: "IPPool CIDR must be a valid subnet" },
  unmasked: { v332: "IPPool CIDR is not strictly masked", head: "IPPool CIDR must be strictly masked" },
  linkLocal4: { v332: "IPPool CIDR overlaps with IPv4 Link Local range 169.254.0.0/16", head: "IPPool CIDR overlaps with IPv4 link local range 169.254.0.0/16" },
  linkLocal6: { v332: "IPPool CIDR overlaps with IPv6 Link Local range fe80::/10", head: "IPPool CIDR overlaps with IPv6 link local range fe80::/10" },
  block4: { v332: "IPv4 block size must be between 20 and 32", head: "blockSize must be between 20 and 32 for IPv4 pools, and between 116 and 128 for IPv6 pools" },
  block6: { v332: "IPv6 block size must be between 116 and 128", head: "blockSize must be between 20 and 32 for IPv4 pools, and between 116 and 128 for IPv6 pools" },
  tooSmall: {
    v332: "IP pool size is too small for use with Calico IPAM. It must be equal to or greater than the block size.",
    head: "IP pool size is too small for use with Calico IPAM. It must be equal to or greater than the block size.",
  },
  ipip6: { v332: "IPIP is not supported on an IPv6 IP pool", head: "IPIP is not supported on IPv6 pools" },
  bothEncap: { v332: "Cannot enable both VXLAN and IPIP on the same IPPool", head: "ipipMode and vxlanMode cannot both be enabled" },
  lbEncap: { v332: "Neither IPIPMode nor VXLANMode can be enabled on AllowedUses LoadBalancer IP pool", head: "LoadBalancer IP pool cannot have IPIP or VXLAN enabled" },
  lbBgp: { v332: "IP Pool with AllowedUse LoadBalancer must have DisableBGPExport set to true", head: "LoadBalancer IP pools cannot disable BGP export" },
  lbSelector: { v332: "IP Pool with AllowedUse LoadBalancer must have node selector set to all()", head: "IP Pool with AllowedUse LoadBalancer must have nodeSelector set to all()" },
  tunnelNs: {
    v332: "IP Pool with AllowedUse Tunnel cannot have namespaceSelector specified - tunnel IPs are not namespaced resources",
    head: "IP Pool with AllowedUse Tunnel cannot have namespaceSelector",
  },
} as const;

function globalText(field: "nodeSelector" | "namespaceSelector", head: boolean): string {
  return head ? `global() selector is not valid for IPPool ${field}` : `global() selector is not valid for IPPool ${field} - use all() instead`;
}

/**
 * A selector Calico's parser refuses (`validate:"omitempty,selector"` on both IPPool selectors).
 * The validator's `selector` tag gives no reason of its own, only
 * `error with field NodeSelector = '<value>' (Reason: failed to validate Field: NodeSelector because of Tag: selector )`;
 * the parser's complaint (calico:libcalico-go/lib/selector) says where and why.
 */
/** Text safe inside a backtick span of the message: one line, no backtick. */
const plain = (t: string): string => t.replace(/[\r\n]+/g, " ").replace(/`/g, "'");

function checkSelectorSyntax(c: Ctx, n: Node | undefined, field: "nodeSelector" | "namespaceSelector", by: string, crd: boolean): void {
  if (n?.kind !== "scalar" || typeof n.value !== "string" || n.value === "") return;
  const value = n.value;
  const r = parseSelector(value);
  if (!r.error) return;
  const e = r.error;
  // A problem at the end of the text (something missing) is shown on its last character.
  const from = Math.min(e.offset, value.length - 1);
  const at = innerSpan(n, from, Math.max(Math.min(e.end, value.length), from + 1));
  const goField = field === "nodeSelector" ? "NodeSelector" : "NamespaceSelector";
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  const fix = /[\r\n]/.test(value)
    ? `Write the selector on one line: Calico separates tokens only by spaces and tabs, so a line break (the last one a \`|\` block keeps) is an error; use \`|-\`, \`>-\` or a quoted string`
    : e.message.startsWith("expected string")
      ? "Quote the value, as in `region == \"east\"`; Calico selectors compare labels with quoted strings"
      : e.message === "expected =="
        ? "Compare with `==` (or `!=`), as in `region == \"east\"`"
        : e.message === "expected &&" || e.message === "expected ||"
          ? "Combine terms with `&&` or `||`"
          : "Write a valid Calico selector, such as `region == \"east\"`, `region in {\"east\", \"west\"}`, `has(team)` or `all()`, combined with `&&`, `||`, `!` and parentheses";
  // Nothing validates a crd.projectcalico.org object applied with kubectl: the pool is stored, and
  // IPAM's determinePools stops at the parse error (SelectsNode / SelectsNamespace return it).
  const stored = crd
    ? `. If kubectl applies it as a crd.projectcalico.org/v1 object, which skips that validation, Calico IPAM instead fails every automatic assignment that evaluates this ${field}`
    : "";
  reject(
    c,
    at,
    by,
    `failed to validate Field: ${goField} because of Tag: selector`,
    `${field} \`${plain(shown)}\` is not a valid Calico selector (\`${plain(e.message)}\` at character ${e.offset + 1})`,
    fix + stored,
  );
}

interface Ctx {
  readonly head: boolean;
  readonly problems: Problem[];
}

function reject(c: Ctx, at: Span, by: string, error: string, what: string, fix: string): void {
  c.problems.push({ messageId: "rejected", at, data: { what, by, error, fix } });
}

/** Checks shared by IPPool objects and the pools the operator creates from an Installation. */
function checkIPPool(c: Ctx, pool: Pool, spec: MapNode | undefined): void {
  const head = c.head;
  const t = (k: keyof typeof TEXT): string => (head ? TEXT[k].head : TEXT[k].v332);
  const by = head ? "the IPPool CRD rejects the pool" : "calicoctl and the Calico API server reject the pool";
  const cidrNode = get(spec, "cidr");
  const cidrText = text(cidrNode);
  if (!spec || cidrText === undefined || cidrText === "") {
    reject(c, cidrNode?.span ?? spec?.span ?? pool.object.ref.span, by, t("noCidr"), "The pool has no cidr", "Set `spec.cidr` to the pool's range, such as `10.0.0.0/16`");
    return;
  }
  const at = cidrNode?.span ?? spec.span;
  const cidr = pool.cidr;
  if (!cidr) {
    reject(c, at, by, t("badCidr"), `\`${cidrText}\` is not a CIDR`, "Write the range as a CIDR, such as `10.0.0.0/16` (a bare address is not accepted)");
    return;
  }
  if (cidr.hadHostBits) {
    reject(c, at, by, t("unmasked"), `\`${cidrText}\` has host bits set`, `Write \`cidr: ${cidrString(cidr)}\``);
  }
  if (overlaps(cidr, LINK_LOCAL[cidr.family])) {
    reject(c, at, by, t(cidr.family === 4 ? "linkLocal4" : "linkLocal6"), `${cidrString(cidr)} overlaps the link-local range`, "Choose a range outside 169.254.0.0/16 and fe80::/10");
  }
  checkBlockSize(c, pool, spec, by, t);
  const ipipNode = get(spec, "ipipMode");
  const vxlanNode = get(spec, "vxlanMode");
  const ipip = str(ipipNode);
  const vxlan = str(vxlanNode);
  if (cidr.family === 6 && encapOn(ipip) && ipipNode) {
    reject(c, ipipNode.span, by, t("ipip6"), `ipipMode ${ipip} on an IPv6 pool`, "Set `ipipMode: Never` (use `vxlanMode` for IPv6 encapsulation)");
  }
  if (encapOn(ipip) && encapOn(vxlan) && vxlanNode) {
    reject(c, vxlanNode.span, by, t("bothEncap"), "IPIP and VXLAN are both enabled", "Set one of `ipipMode` and `vxlanMode` to `Never`");
  }
  const usesSeq = asSeq(get(spec, "allowedUses"));
  const uses = usesSeq?.items.map((n) => ({ value: text(n) ?? "", span: n.span })) ?? [];
  const lb = uses.some((u) => u.value === "LoadBalancer");
  let lbMixReported = false;
  for (const u of uses) {
    if (u.value === "LoadBalancer") continue;
    if (u.value === "Workload" || u.value === "Tunnel") {
      if (lb && (!head || !lbMixReported)) {
        lbMixReported = true;
        reject(
          c,
          head ? (usesSeq?.span ?? u.span) : u.span,
          head ? "the IPPool CRD rejects the pool" : "Calico's validator rejects the pool",
          head ? "LoadBalancer cannot be combined with Workload or Tunnel allowed uses" : `LoadBalancer cannot be used at the same time as: ${u.value}`,
          `${u.value} together with LoadBalancer`,
          "Keep LoadBalancer pools separate: one pool with `allowedUses: [LoadBalancer]`, another for Workload and Tunnel",
        );
      }
      continue;
    }
    reject(c, u.span, head ? "the IPPool CRD rejects the pool" : "Calico's validator rejects the pool", head ? `spec.allowedUses: Unsupported value: "${u.value}": supported values: "Workload", "Tunnel", "LoadBalancer"` : `unknown use: ${u.value}`, `\`${u.value}\` is not a use`, "Use `Workload`, `Tunnel` or `LoadBalancer` (case-sensitive)");
  }
  if (lb) {
    for (const [mode, node] of [[ipip, ipipNode], [vxlan, vxlanNode]] as const) {
      if (encapOn(mode) && node) reject(c, node.span, by, t("lbEncap"), "Encapsulation on a LoadBalancer pool", "Set `ipipMode: Never` and `vxlanMode: Never` on LoadBalancer pools");
    }
    const bgp = get(spec, "disableBGPExport");
    if (bgp?.kind === "scalar" && bgp.value === true) {
      reject(c, bgp.span, by, t("lbBgp"), "disableBGPExport on a LoadBalancer pool", "Remove `disableBGPExport` (the check rejects `true`, whatever its message says)");
    }
    const sel = get(spec, "nodeSelector");
    const selText = str(sel);
    if (sel && selText !== undefined && selText !== "" && selText !== "all()") {
      reject(c, sel.span, by, t("lbSelector"), `nodeSelector \`${selText}\` on a LoadBalancer pool`, 'Set `nodeSelector: "all()"` or remove it');
    }
  }
  const ns = get(spec, "namespaceSelector");
  const nsText = str(ns);
  if (ns && nsText) {
    const defaulted = uses.length === 0;
    if (defaulted || uses.some((u) => u.value === "Tunnel")) {
      reject(
        c,
        ns.span,
        by,
        t("tunnelNs"),
        defaulted ? "A namespaceSelector on a pool whose allowedUses default to [Workload, Tunnel]" : "A namespaceSelector on a pool that allows Tunnel",
        defaulted ? "Add `allowedUses: [Workload]` to the pool" : "Remove Tunnel from allowedUses, or drop the namespaceSelector",
      );
    }
  }
  for (const field of ["nodeSelector", "namespaceSelector"] as const) {
    const n = get(spec, field);
    const s = str(n);
    checkSelectorSyntax(c, n, field, "Calico's validator rejects the pool", apiGroup(pool.object.ref.apiVersion) === "crd.projectcalico.org");
    if (n && s?.includes("global(")) {
      reject(c, n.span, head ? "the IPPool CRD rejects the pool" : "Calico's validator rejects the pool", globalText(field, head), `\`global()\` in ${field}`, 'Use `all()` to select every node or namespace');
    }
  }
}

function checkBlockSize(c: Ctx, pool: Pool, spec: MapNode, by: string, t: (k: keyof typeof TEXT) => string): void {
  const cidr = pool.cidr;
  if (!cidr) return;
  const node = get(spec, "blockSize");
  const raw = num(node);
  const [lo, hi] = BLOCK_SIZE_RANGE[cidr.family];
  if (node && raw !== undefined && raw !== 0 && (raw < lo || raw > hi)) {
    reject(c, node.span, by, t(cidr.family === 4 ? "block4" : "block6"), `blockSize ${raw} is out of range for an IPv${cidr.family} pool`, `Use a blockSize from ${lo} to ${hi}, or leave it out (default ${DEFAULT_BLOCK_SIZE[cidr.family]})`);
    return;
  }
  const bs = effectiveBlockSize(raw, cidr.family);
  if (!pool.disabled && cidr.prefix > bs && bs <= bitsOf(cidr.family)) {
    reject(
      c,
      get(spec, "cidr")?.span ?? spec.span,
      by,
      t("tooSmall"),
      `A /${cidr.prefix} pool is smaller than its /${bs} blocks`,
      `Widen the pool to /${bs} or shorter, set blockSize to ${cidr.prefix} or more, or disable the pool`,
    );
  }
}

function checkInstallationPool(c: Ctx, pool: Pool, item: MapNode): void {
  const by = "the operator rejects the Installation";
  const apiBy = "the Calico API server rejects the pool the operator creates";
  const cidrNode = get(item, "cidr");
  const cidrText = str(cidrNode);
  if (cidrText === undefined) return; // the schema reports a missing cidr
  const cidr = pool.cidr;
  const at = cidrNode?.span ?? item.span;
  if (!cidr) {
    reject(c, at, by, `IP pool CIDR (${cidrText}) is invalid: invalid CIDR address: ${cidrText}`, `\`${cidrText}\` is not a CIDR`, "Write the range as a CIDR, such as `10.0.0.0/16`");
    return;
  }
  if (overlaps(cidr, LINK_LOCAL[cidr.family])) {
    reject(c, at, apiBy, cidr.family === 4 ? TEXT.linkLocal4.v332 : TEXT.linkLocal6.v332, `${cidrString(cidr)} overlaps the link-local range`, "Choose a range outside 169.254.0.0/16 and fe80::/10");
  }
  const bsNode = get(item, "blockSize");
  const raw = num(bsNode);
  const [lo, hi] = BLOCK_SIZE_RANGE[cidr.family];
  if (bsNode && raw !== undefined && raw !== 0 && (raw < lo || raw > hi)) {
    reject(c, bsNode.span, by, `IPv${cidr.family} pool block size must be greater than ${lo - 1} and less than or equal to ${hi}`, `blockSize ${raw} is out of range for an IPv${cidr.family} pool`, `Use a blockSize from ${lo} to ${hi}`);
  } else {
    const bs = effectiveBlockSize(raw, cidr.family);
    // Unlike calicoctl for an IPPool, the operator's ValidatePools checks the size whether or not
    // the pool has disableNewAllocations (calico-cases G10).
    if (cidr.prefix > bs) {
      reject(c, at, by, "IP pool size is too small. It must be equal to or greater than the block size", `A /${cidr.prefix} pool is smaller than its /${bs} blocks`, `Widen the pool to /${bs} or shorter, or set blockSize to ${cidr.prefix} or more`);
    }
  }
  const encNode = get(item, "encapsulation");
  const enc = str(encNode);
  if (cidr.family === 6 && encNode && (enc === "IPIP" || enc === "IPIPCrossSubnet")) {
    reject(c, encNode.span, by, `IPIP encapsulation is not supported by IPv6 pools, but it is set for ${cidrText}`, `encapsulation ${enc} on an IPv6 pool`, "Use `VXLAN`, `VXLANCrossSubnet` or `None` for IPv6 pools");
  }
  const uses = asSeq(get(item, "allowedUses"))?.items.map((n) => text(n) ?? "") ?? [];
  if (uses.includes("LoadBalancer")) {
    const usesNode = get(item, "allowedUses");
    if (usesNode && uses.some((u) => u === "Workload" || u === "Tunnel")) {
      reject(c, usesNode.span, by, `IP pool ${pool.name} AllowedUse LoadBalancer cannot be used with Workload/Tunnel`, "LoadBalancer together with Workload or Tunnel", "Give LoadBalancer its own pool");
    }
    if (encNode && enc !== undefined && enc !== "None") {
      reject(c, encNode.span, by, "IP pool encapsulation must be none if allowedUse is LoadBalancer", `encapsulation ${enc} on a LoadBalancer pool`, "Set `encapsulation: None`");
    }
    const bgp = get(item, "disableBGPExport");
    if (bgp?.kind === "scalar" && bgp.value === true) {
      reject(c, bgp.span, by, "IP pool disable bgp export must be false when AllowedUse is LoadBalancer", "disableBGPExport on a LoadBalancer pool", "Remove `disableBGPExport`");
    }
    const sel = get(item, "nodeSelector");
    const s = str(sel);
    if (sel && s !== undefined && s !== "all()") {
      reject(c, sel.span, by, "IP pool nodeSelector should be set to all() if allowedUse is LoadBalancer", `nodeSelector \`${s}\` on a LoadBalancer pool`, 'Set `nodeSelector: "all()"`');
    }
  }
  const sel = get(item, "nodeSelector");
  checkSelectorSyntax(c, sel, "nodeSelector", apiBy, false);
  if (sel && str(sel)?.includes("global(")) {
    reject(c, sel.span, apiBy, globalText("nodeSelector", false), "`global()` in nodeSelector", "Use `all()`");
  }
}

/**
 * `cidr` and `blockSize` cannot change on an existing pool (calico-cases F1, F6): with
 * `--changed-since REF`, a pool of the same name in the same file at REF is taken to exist in the
 * cluster, and applying the new manifest is an update that Calico refuses. An identical CIDR written
 * another way is fine (`cidrChangeOK`); the block size compares after defaulting (26 / 122).
 */
function checkUpdate(c: Ctx, pool: Pool, model: Model, previous: Map<string, K8sObject[]>): void {
  const since = model.changedSince;
  const spec = pool.spec;
  if (!since || !spec || !pool.cidr || pool.object.contextOnly) return;
  const file = since.previous.get(pool.object.ref.file);
  if (!file) return;
  let objects = previous.get(file.path);
  if (!objects) {
    objects = collectObjects([file]).filter((o) => o.ref.kind === "IPPool" && (apiGroup(o.ref.apiVersion) === "projectcalico.org" || apiGroup(o.ref.apiVersion) === "crd.projectcalico.org"));
    previous.set(file.path, objects);
  }
  // One pool of that name in the file, then and now; a file that holds several (one per cluster)
  // cannot say which was which.
  const then = objects.filter((o) => o.ref.name === pool.name);
  const now = model.pools.filter((p) => p.origin === "IPPool" && p.name === pool.name && p.object.ref.file === pool.object.ref.file);
  const old = then.length === 1 && now.length === 1 ? then[0] : undefined;
  const oldText = str(get(old?.node, "spec", "cidr"));
  const oldCidr = oldText !== undefined ? parseCIDR(oldText) : null;
  if (!old || !oldCidr) return;
  const head = c.head;
  const by = head ? "the IPPool CRD rejects the update" : "calicoctl and the Calico API server reject the update";
  const cidrNode = get(spec, "cidr");
  if (cidrNode && !sameCIDR(oldCidr, pool.cidr)) {
    reject(
      c,
      cidrNode.span,
      `${by} of the pool that exists at ${since.ref}`,
      head ? "CIDR cannot be changed; follow IP pool migration guide to avoid corruption." : "IPPool CIDR cannot be modified",
      `The cidr was ${oldText ?? ""} at ${since.ref}`,
      `Keep \`cidr: ${oldText ?? ""}\`, and move to the new range with a new pool (create it, disable this one, then delete it once its pods are gone)`,
    );
  }
  const bs = num(get(spec, "blockSize"));
  const oldBs = num(get(old.node, "spec", "blockSize"));
  const size = effectiveBlockSize(bs, oldCidr.family);
  const was = effectiveBlockSize(oldBs, oldCidr.family);
  if (sameCIDR(oldCidr, pool.cidr) && size !== was) {
    reject(
      c,
      get(spec, "blockSize")?.span ?? cidrNode?.span ?? spec.span,
      `${by} of the pool that exists at ${since.ref}`,
      head ? "Block size cannot be changed; follow IP pool migration guide to avoid corruption." : "IPPool BlockSize cannot be modified",
      `The blockSize was ${was} at ${since.ref}`,
      `Keep \`blockSize: ${was}\`, or move to a new pool with the new block size`,
    );
  }
}

function checkReservation(c: Ctx, r: Reservation, settings: Settings): void {
  const spec = get(r.object.node, "spec");
  if (spec?.kind === "map") for (const problem of schemaProblems(spec, "spec", validators().reservation, "IPReservation", false)) c.problems.push(problem);
  for (const e of r.entries) {
    if (e.text === "" && e.cidr === null) {
      c.problems.push({ messageId: "reservation", at: e.span, data: { entry: e.text, problem: "empty", by: "Calico's validator rejects the IPReservation", fix: "Write a CIDR such as `10.0.0.0/28` or remove the entry" } });
    } else if (!e.cidr) {
      c.problems.push({
        messageId: "reservation",
        at: e.span,
        data: { entry: e.text, problem: "neither a CIDR nor an IP address", by: "Calico's validator rejects the IPReservation", fix: "Write a CIDR such as `10.0.0.0/28`, or a single address" },
      });
    } else if (settings.calicoVersion === "head" && !e.text.includes("/")) {
      c.problems.push({
        messageId: "reservation",
        at: e.span,
        data: { entry: e.text, problem: "a bare address, not a CIDR", by: "the HEAD IPReservation CRD (`format: cidr`) rejects the IPReservation", fix: `Write \`${e.text}/${e.cidr.family === 4 ? 32 : 128}\`` },
      });
    }
  }
}

export default defineRule({
  id: "pool-invalid",
  meta: {
    description: "Disallow IPPool, Installation pool and IPReservation specs that Calico rejects",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "object",
    messages: {
      rejected: "{{what}}: {{by}} with `{{error}}`, so it is never applied. {{fix}}",
      schema: "{{what}}: {{by}} with `{{error}}`, so it is never applied. {{fix}}",
      unknownField:
        "{{field}} is not a field of {{kind}}: kubectl refuses the object with `unknown field \"{{path}}\"` (strict field validation), and where validation is lax the setting is silently dropped. Check the spelling (field names are case-sensitive) or remove it",
      reservation:
        "`{{entry}}` is {{problem}}: {{by}}, and IPAM would skip the entry, so these addresses stay assignable. {{fix}}",
    },
    calico:
      "calicoctl and the Calico API server validate IPPools in clientv3 and the validator (v3.32), and HEAD's CRDs carry the same rules as CEL; the operator validates Installation pools itself; the validator rejects IPReservation entries that are neither CIDRs nor addresses. `nodeSelector` and `namespaceSelector` must parse as Calico selectors (the validator's `selector` tag runs libcalico-go's selector parser; only spaces and tabs separate tokens, so a line break kept by a `|` block fails too), and the pools the operator creates from an Installation go through the same validator. Calico does not reject loopback, multicast or other special ranges. A pool's `cidr` and `blockSize` cannot change once it exists: with `--changed-since REF`, a pool found in the same file at REF that changes either is refused (`IPPool CIDR cannot be modified`, `IPPool BlockSize cannot be modified`).",
    remediation:
      "Fix the field the finding points at: a strictly masked CIDR outside link-local, a blockSize of 20–32 (IPv4) or 116–128 (IPv6) no longer than the pool's prefix, at most one encapsulation, exact enum values, selectors Calico can parse, and LoadBalancer pools kept apart; to change an existing pool's range or block size, create a new pool and retire the old one.",
  },
  check(ctx) {
    const c: Ctx = { head: ctx.settings.calicoVersion === "head", problems: [] };
    const flush = (object: ObjectRef): void => {
      for (const p of c.problems) {
        ctx.report({ messageId: p.messageId, at: p.at, data: p.data, object, ...(p.severity ? { severity: p.severity } : {}) });
      }
      c.problems.length = 0;
    };
    const seen = new Map<MapNode, { names: Map<string, Span>; cidrs: Map<string, Span> }>();
    const previous = new Map<string, K8sObject[]>();
    for (const pool of ctx.model.pools) {
      if (pool.implicit) continue;
      if (pool.origin === "IPPool") {
        if (pool.spec) for (const problem of schemaProblems(pool.spec, "spec", validators().ippool, "IPPool", false)) c.problems.push(problem);
        // A manifest without a cidr for a pool defined elsewhere is a patch of that pool.
        const patch = !str(get(pool.spec, "cidr")) && ctx.model.pools.some((o) => o !== pool && o.name === pool.name && o.cidr !== null);
        if (!patch) checkIPPool(c, pool, pool.spec);
        checkUpdate(c, pool, ctx.model, previous);
        // Kubernetes (and Calico's validator) refuse object names over 253 characters (calico-cases D32).
        const nameNode = get(pool.object.node, "metadata", "name");
        if (nameNode && pool.name.length > 253) {
          reject(c, nameNode.span, "the API server rejects the pool", `metadata.name: Invalid value: "${pool.name}": must be no more than 253 characters`, `The name is ${pool.name.length} characters long`, "Shorten the name to 253 characters or fewer");
        }
        flush(pool.object.ref);
        continue;
      }
      const item = pool.spec;
      if (!item) continue;
      const list = get(pool.object.node, "spec", "calicoNetwork", "ipPools");
      const idx = list?.kind === "seq" ? list.items.indexOf(item) : -1;
      const path = `spec.calicoNetwork.ipPools[${idx}]`;
      for (const problem of schemaProblems(item, path, validators().installation, "Installation", true)) c.problems.push(problem);
      if (get(item, "cidr") === undefined) {
        reject(c, item.span, "the Kubernetes API server rejects the Installation", `${path}.cidr: Required value`, "The pool has no cidr", "Set `cidr` to the pool's range, such as `10.0.0.0/16`");
      }
      checkInstallationPool(c, pool, item);
      // Duplicates within one Installation (`IP pool <cidr|name> is specified more than once`).
      const parent = list?.kind === "seq" ? (pool.object.node as MapNode) : undefined;
      if (parent) {
        let s = seen.get(parent);
        if (!s) {
          s = { names: new Map(), cidrs: new Map() };
          seen.set(parent, s);
        }
        const name = str(get(item, "name"));
        const cidrNode = get(item, "cidr");
        const cidr = str(cidrNode);
        if (cidr !== undefined && cidrNode) {
          if (s.cidrs.has(cidr)) reject(c, cidrNode.span, "the operator rejects the Installation", `IP pool ${cidr} is specified more than once`, `${cidr} appears twice in ipPools`, "Remove the duplicate entry");
          else s.cidrs.set(cidr, cidrNode.span);
        }
        const nameNode = get(item, "name");
        if (name !== undefined && nameNode) {
          if (s.names.has(name)) reject(c, nameNode.span, "the operator rejects the Installation", `IP pool ${name} is specified more than once`, `The name ${name} appears twice in ipPools`, "Give every pool its own name");
          else s.names.set(name, nameNode.span);
        }
      }
      flush(pool.object.ref);
    }
    for (const r of ctx.model.reservations) {
      checkReservation(c, r, ctx.settings);
      flush(r.object.ref);
    }
  },
});

