import fc from "fast-check";

/**
 * Random manifests for property tests: Pods, Deployments, Namespaces, IPPools (some inside
 * `kind: List`s), carrying Calico annotations whose values range from valid JSON lists of
 * addresses, pools and families to JSON-ish junk, unicode, quotes and backslashes, written in every
 * YAML scalar style, with LF or CRLF line ends, comments, anchors and aliases. The text is built
 * by hand rather than by a YAML library, so that odd spacing, quoting and sharing reach the reader
 * as a user would write them.
 */

const CALICO = "cni.projectcalico.org/";
export const LIST_KEYS = ["ipAddrs", "ipAddrsNoIpam", "ipv4pools", "ipv6pools", "ipFamilies", "floatingIPs", "allowedSourcePrefixes"];
const OTHER_KEYS = ["hwAddr", "podIP", "podIPs", "containerID", "ipAddr", "ipv4Pools", "IPAddrs", "ipaddrs", "unknownThing"];

const octet = fc.integer({ min: 0, max: 255 });
const ipv4 = fc.tuple(fc.constantFrom(10, 172, 192), octet, octet, octet).map((p) => p.join("."));
const hextet = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
const ipv6 = fc.oneof(
  fc.tuple(hextet, hextet, hextet).map(([a, b, c]) => `fd00:${a}::${b}:${c}`),
  fc.constantFrom("::1", "fd00::", "fe80::1%eth0", "::ffff:10.0.0.1", "2001:db8::1"),
);
const prefix = (max: number) => fc.integer({ min: 0, max });
const cidr = fc.oneof(
  fc.tuple(ipv4, prefix(32)).map(([a, p]) => `${a}/${p}`),
  fc.tuple(ipv6, prefix(128)).map(([a, p]) => `${a}/${p}`),
);
const poolName = fc.constantFrom("default-ipv4-ippool", "default-ipv6-ippool", "pool-a", "pool-b", "Pool_C", "");
const weird = fc.oneof(
  fc.constantFrom("010.0.0.1", "10.0.0.256", "10.0.0", "1.2.3.4.5", " 10.0.0.1", "10.0.0.1 ", "IPv4", "IPv6", "ipv4", "0x0a000001", "１０.0.0.1"),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
);
const item = fc.oneof({ weight: 4, arbitrary: ipv4 }, { weight: 2, arbitrary: ipv6 }, { weight: 2, arbitrary: cidr }, { weight: 2, arbitrary: poolName }, { weight: 2, arbitrary: weird });

/** JSON-ish characters, to build near misses of JSON arrays. */
const jsonish = fc.string({ unit: fc.constantFrom("[", "]", '"', "'", ",", " ", "\\", "1", "0", ".", ":", "/", "a", "f", "é", "\u{1f600}", "\t", "u"), maxLength: 24 });

/** A raw annotation value (the string Kubernetes would hand Calico). */
export const annotationValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.array(item, { maxLength: 4 }).map((a) => JSON.stringify(a)) },
  { weight: 1, arbitrary: fc.array(item, { maxLength: 3 }).map((a) => JSON.stringify(a, null, 1)) },
  { weight: 1, arbitrary: fc.array(item, { maxLength: 3 }).map((a) => `[${a.map((s) => `'${s}'`).join(", ")}]`) },
  { weight: 1, arbitrary: fc.array(item, { maxLength: 3 }).map((a) => `[${a.map((s) => `"${s}"`).join(",")},]`) },
  { weight: 1, arbitrary: fc.array(item, { maxLength: 3 }).map((a) => a.join(",")) },
  { weight: 1, arbitrary: item },
  { weight: 2, arbitrary: jsonish },
  { weight: 1, arbitrary: fc.tuple(fc.array(item, { maxLength: 3 }), jsonish).map(([a, junk]) => JSON.stringify(a).replace("]", `${junk}]`)) },
  { weight: 1, arbitrary: fc.constantFrom("", "[]", "null", '[""]', '["IPv4","IPv6"]', "[\"10.0.0.1\"]\n", '{"a": 1}', "[1, 2]", '["\\u0031\\u0030.0.0.1"]') },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 10 }) },
);

/** YAML text for a scalar string, in one of the styles that can carry it (indent: of the key). */
export function scalar(value: string, style: number, indent: string, eol: string): string {
  const plainSafe = /^[A-Za-z0-9[\]{}"'.:/ ,_-]*$/.test(value) && value.trim() === value && value !== "" && !/^[[{"'!&*?|>%@`#-]|: | #|:$/.test(value);
  switch (style % 5) {
    case 0:
      if (plainSafe && !/^[[{]/.test(value)) return value;
      return `'${value.replace(/'/g, "''")}'`;
    case 1:
      if (/[\n\r]/.test(value)) return JSON.stringify(value);
      return `'${value.replace(/'/g, "''")}'`;
    case 2:
      return JSON.stringify(value); // YAML double quotes read JSON escapes
    case 3: {
      // A literal block keeps the text (ending in one line break: `|-` strips it).
      if (/^\s|\s$|[\r\u0085\u2028\u2029]/.test(value) || value.includes("\n") || value === "") return JSON.stringify(value);
      return `|-${eol}${indent}  ${value}`;
    }
    default:
      if (/^\s|\s$|[\r\u0085\u2028\u2029\n]/.test(value) || value === "") return `'${value.replace(/'/g, "''")}'`;
      return `>-${eol}${indent}  ${value}`;
  }
}

export interface Annotation {
  key: string;
  value: string;
  style: number;
  /** Written as a YAML list or number instead of a string (Kubernetes refuses those). */
  nonString?: "list" | "number";
}

const annotation: fc.Arbitrary<Annotation> = fc.record(
  {
    key: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...LIST_KEYS).map((k) => CALICO + k) }, { weight: 2, arbitrary: fc.constantFrom(...OTHER_KEYS).map((k) => CALICO + k) }, { weight: 1, arbitrary: fc.constantFrom("example.com/x", "team", "cni.projectcalico.org") }),
    value: annotationValue,
    style: fc.nat(9),
    nonString: fc.option(fc.constantFrom("list" as const, "number" as const), { freq: 8 }),
  },
  { requiredKeys: ["key", "value", "style"] },
);

export interface ObjectSpec {
  kind: "Pod" | "Deployment" | "Namespace" | "IPPool";
  name: string;
  namespace: string | null;
  annotations: Annotation[];
  /** Where annotations go on a Deployment: its pod template (right) or its own metadata (wrong). */
  onTemplate: boolean;
  replicas: number | null;
  hostNetwork: boolean;
  cidr: string;
  blockSize: number | null;
  disabled: boolean;
}

const objectSpec: fc.Arbitrary<ObjectSpec> = fc.record({
  kind: fc.constantFrom("Pod" as const, "Deployment" as const, "Namespace" as const, "IPPool" as const),
  name: fc.constantFrom("a", "b", "web", "db", "pool-a", "pool-b", "default-ipv4-ippool", "x.y"),
  namespace: fc.option(fc.constantFrom("default", "apps", "a"), { freq: 2 }),
  annotations: fc.array(annotation, { maxLength: 4 }),
  onTemplate: fc.boolean(),
  replicas: fc.option(fc.integer({ min: 0, max: 3 }), { freq: 2 }),
  hostNetwork: fc.boolean(),
  cidr: fc.oneof(cidr, fc.constantFrom("10.0.0.0/16", "10.0.0.0/24", "fd00::/108", "10.0.0.1/16", "bogus")),
  blockSize: fc.option(fc.integer({ min: 20, max: 130 }), { freq: 2 }),
  disabled: fc.boolean(),
});

export interface FileSpec {
  objects: ObjectSpec[];
  crlf: boolean;
  /** Put the objects in a `kind: List`, sharing repeated annotation maps through an anchor. */
  list: boolean;
  comments: boolean;
  /** Write the file as JSON (a List), indented by this many spaces (0: one line), instead. */
  json: number | null;
}

export const fileSpec: fc.Arbitrary<FileSpec> = fc.record({
  objects: fc.array(objectSpec, { minLength: 1, maxLength: 4 }),
  crlf: fc.boolean(),
  list: fc.boolean(),
  comments: fc.boolean(),
  json: fc.option(fc.constantFrom(0, 1, 2), { freq: 4 }),
});

/** The object as JSON data. */
function objectData(o: ObjectSpec): unknown {
  const annotations = Object.fromEntries(o.annotations.map((a) => [a.key, a.nonString === "list" ? [a.value] : a.nonString === "number" ? 42 : a.value]));
  const metadata = { name: o.name, ...(o.namespace && o.kind !== "Namespace" && o.kind !== "IPPool" ? { namespace: o.namespace } : {}) };
  switch (o.kind) {
    case "Pod":
      return { apiVersion: "v1", kind: "Pod", metadata: { ...metadata, annotations }, spec: { ...(o.hostNetwork ? { hostNetwork: true } : {}), containers: [{ name: "c", image: "nginx" }] } };
    case "Deployment": {
      const template = { metadata: { ...(o.onTemplate ? { annotations } : {}), labels: { app: "x" } }, spec: { containers: [{ name: "c", image: "nginx" }] } };
      return { apiVersion: "apps/v1", kind: "Deployment", metadata: { ...metadata, ...(o.onTemplate ? {} : { annotations }) }, spec: { ...(o.replicas !== null ? { replicas: o.replicas } : {}), template } };
    }
    case "Namespace":
      return { apiVersion: "v1", kind: "Namespace", metadata: { ...metadata, annotations } };
    default:
      return { apiVersion: "projectcalico.org/v3", kind: "IPPool", metadata: { ...metadata, annotations }, spec: { cidr: o.cidr, ...(o.blockSize !== null ? { blockSize: o.blockSize } : {}), ...(o.disabled ? { disabled: true } : {}) } };
  }
}

/** Render one annotations map at `indent` (the keys' indentation). */
function annotationsBlock(anns: Annotation[], indent: string, eol: string): string {
  if (anns.length === 0) return " {}";
  return anns
    .map((a) => {
      const key = /^[A-Za-z0-9./_-]+$/.test(a.key) ? a.key : JSON.stringify(a.key);
      if (a.nonString === "list") return `${eol}${indent}${key}: [${JSON.stringify(a.value)}]`;
      if (a.nonString === "number") return `${eol}${indent}${key}: 42`;
      return `${eol}${indent}${key}: ${scalar(a.value, a.style, indent, eol)}`;
    })
    .join("");
}

/** YAML text of one object at `indent`; `ann` renders (or refers to) an annotations map. */
function objectText(o: ObjectSpec, indent: string, eol: string, ann: (anns: Annotation[], indent: string) => string): string {
  const i = indent;
  const lines: string[] = [];
  const apiVersion = o.kind === "Deployment" ? "apps/v1" : o.kind === "IPPool" ? "projectcalico.org/v3" : "v1";
  lines.push(`apiVersion: ${apiVersion}`, `kind: ${o.kind}`, "metadata:", `  name: ${o.name}`);
  if (o.namespace && o.kind !== "Namespace" && o.kind !== "IPPool") lines.push(`  namespace: ${o.namespace}`);
  const own = o.kind !== "Deployment" || !o.onTemplate;
  if (own) lines.push(`  annotations:${ann(o.annotations, `${i}    `)}`);
  if (o.kind === "Pod") {
    lines.push("spec:");
    if (o.hostNetwork) lines.push("  hostNetwork: true");
    lines.push("  containers:", "  - name: c", "    image: nginx");
  } else if (o.kind === "Deployment") {
    lines.push("spec:");
    if (o.replicas !== null) lines.push(`  replicas: ${o.replicas}`);
    lines.push("  template:", "    metadata:");
    if (!own) lines.push(`      annotations:${ann(o.annotations, `${i}        `)}`);
    lines.push("      labels: {app: x}", "    spec:", "      containers: [{name: c, image: nginx}]");
  } else if (o.kind === "IPPool") {
    lines.push("spec:", `  cidr: ${o.cidr}`);
    if (o.blockSize !== null) lines.push(`  blockSize: ${o.blockSize}`);
    if (o.disabled) lines.push("  disabled: true");
  }
  return lines.map((l, n) => (n === 0 ? l : `${i}${l}`)).join(eol);
}

/** The text of a file. */
export function render(f: FileSpec): string {
  const eol = f.crlf ? "\r\n" : "\n";
  if (f.json !== null) {
    const list = { apiVersion: "v1", kind: "List", items: f.objects.map(objectData) };
    return `${JSON.stringify(list, null, f.json).replace(/\n/g, eol)}${eol}`;
  }
  const comment = (s: string) => (f.comments ? `# ${s}${eol}` : "");
  if (f.list) {
    // Identical annotation lists are written once, anchored, then aliased.
    const anchors = new Map<string, string>();
    const ann = (anns: Annotation[], indent: string): string => {
      const key = JSON.stringify(anns);
      const known = anchors.get(key);
      if (known) return ` *${known}`;
      if (anns.length === 0) return " {}";
      const name = `ann${anchors.size}`;
      anchors.set(key, name);
      return ` &${name}${annotationsBlock(anns, indent, eol)}`;
    };
    const items = f.objects.map((o) => `- ${objectText(o, "  ", eol, ann)}`).join(eol);
    return `${comment("a list")}apiVersion: v1${eol}kind: List${eol}items:${eol}${items}${eol}`;
  }
  const ann = (anns: Annotation[], indent: string) => annotationsBlock(anns, indent, eol);
  return f.objects.map((o, n) => `${n > 0 ? `---${eol}` : ""}${comment(`object ${n}`)}${objectText(o, "", eol, ann)}${eol}`).join("");
}
