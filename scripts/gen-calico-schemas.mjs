// `node scripts/gen-calico-schemas.mjs [--crd-dir DIR] [--check]`
//
// Writes src/model/schemas/calico-crds.ts: the JSON Schemas pool-invalid validates an IPPool's and an
// IPReservation's `spec` with, taken from Calico's own CRDs at one pinned release, so that the
// fields, types, enumerations and limits are Calico's rather than copied by hand.
//
//   --crd-dir DIR  read the CRD files from DIR (named as in Calico's repository, without folders)
//                  instead of downloading them from GitHub at the pinned tag
//   --check        write nothing; exit 1 when the committed file is not what this script makes
//
// Downloads are checked against the SHA-256 sums below and kept under
// node_modules/.cache/calico-ipam-lint/crds/<tag>/, where test/model/calico-schemas.test.ts
// finds them to regenerate the file and compare. To move to another Calico release: change
// CALICO_TAG, run the script once (it stops, naming each new sum), put the sums here, run it
// again, and review what changed in the generated file. A download whose sum differs stops the
// script with the sum it got.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const OUTPUT = join(ROOT, "src/model/schemas/calico-crds.ts");
export const CALICO_TAG = "v3.32.1";
export const CACHE = join(ROOT, "node_modules/.cache/calico-ipam-lint/crds", CALICO_TAG);

/**
 * What the linter does not take from the CRD as it is, and why. `drop` removes keywords, `set`
 * adds or replaces them, `enumFirst` puts values in front of an enumeration, `add` declares a field
 * the CRD at the tag does not have. Paths are dotted from `spec` (`items` steps into an array).
 */
const IPPOOL_CHANGES = [
  { at: "cidr", drop: ["format"], why: "pool-invalid checks the CIDR itself, with clientv3's and the CEL rules' messages" },
  { at: "blockSize", drop: ["minimum", "maximum"], why: "pool-invalid checks the tighter per-family range (20-32, 116-128) with Calico's message" },
  { at: "allowedUses.items", drop: ["enum"], why: "pool-invalid quotes Calico's `unknown use: <x>` for an unknown use" },
  { at: "ipipMode", enumFirst: [""], why: "projectcalico.org/v3 accepts an empty mode (clientv3 defaults it to Never); one schema serves both API groups" },
  { at: "vxlanMode", enumFirst: [""], why: "as ipipMode" },
  { at: "nodeSelector", set: { maxLength: 1024 }, why: "the CRD on Calico's master branch bounds selectors (calico-ipam.md 2.2); no release carries it yet" },
  { at: "namespaceSelector", set: { maxLength: 1024 }, why: "as nodeSelector" },
  { add: "ipip", schema: { type: "object" }, why: "deprecated; CRDs up to v3.29 still carry it, so manifests written for them do too" },
  { add: "nat-outgoing", schema: { type: "boolean" }, why: "deprecated, as ipip" },
];

const IPRESERVATION_CHANGES = [{ at: "reservedCIDRs", drop: ["format"], why: "a format on an array is ignored by the API server; the rule checks each entry" }];

export const SOURCES = [
  {
    name: "IPPOOL_SPEC_SCHEMA",
    id: "calico-ipam-lint/ippool-spec",
    doc: "`spec` of IPPool, `crd.projectcalico.org/v1` and `projectcalico.org/v3`.",
    path: "libcalico-go/config/crd/crd.projectcalico.org_ippools.yaml",
    sha256: "c2f01ff11ffa280dfd8a9125741c834ea5c721a63b5e77946929712fe2fd45cd",
    changes: IPPOOL_CHANGES,
  },
  {
    name: "IPRESERVATION_SPEC_SCHEMA",
    id: "calico-ipam-lint/ipreservation-spec",
    doc: "`spec` of IPReservation.",
    path: "libcalico-go/config/crd/crd.projectcalico.org_ipreservations.yaml",
    sha256: "f69f564d56ce02e17f1e8bdf87bd21f89357140dc104478e32908ce3a9e3f645",
    changes: IPRESERVATION_CHANGES,
  },
];

/** Keywords of the CRD schema that ajv evaluates as the API server does; the rest is left out. */
const KEPT = new Set(["type", "required", "properties", "items", "enum", "maxLength", "minLength", "maxItems", "minItems", "maximum", "minimum", "format", "pattern"]);

function prune(schema) {
  const out = {};
  for (const key of Object.keys(schema).sort()) {
    if (!KEPT.has(key)) continue;
    const v = schema[key];
    if (key === "properties") out.properties = Object.fromEntries(Object.keys(v).sort().map((k) => [k, prune(v[k])]));
    else if (key === "items") out.items = prune(v);
    else out[key] = v;
  }
  return out;
}

function locate(spec, at) {
  let node = spec;
  for (const step of at.split(".")) {
    node = step === "items" ? node.items : node.properties?.[step];
    if (!node) throw new Error(`${at}: not in the CRD; update the changes list`);
  }
  return node;
}

/** The `spec` schema of a CRD's stored version, pruned, with the changes applied. */
export function specSchema(crdText, source) {
  const crd = parse(crdText);
  const version = crd.spec.versions.find((v) => v.storage) ?? crd.spec.versions[0];
  const spec = prune(version.schema.openAPIV3Schema.properties.spec);
  for (const c of source.changes) {
    if (c.add) {
      if (spec.properties[c.add]) throw new Error(`${c.add}: the CRD has it now; drop the change`);
      spec.properties[c.add] = c.schema;
      continue;
    }
    const node = locate(spec, c.at);
    for (const k of c.drop ?? []) {
      if (!(k in node)) throw new Error(`${c.at}.${k}: not in the CRD; update the changes list`);
      delete node[k];
    }
    Object.assign(node, c.set ?? {});
    if (c.enumFirst) node.enum = [...c.enumFirst, ...node.enum.filter((v) => !c.enumFirst.includes(v))];
  }
  // The API server drops fields a structural schema does not know (kubectl warns); the rule warns too.
  return { $id: source.id, type: "object", ...(spec.required ? { required: spec.required } : {}), additionalProperties: false, properties: spec.properties };
}

export const sha256 = (text) => createHash("sha256").update(text).digest("hex");

/** The script's own text: the generated file records its sum, so a changed script shows as drift. */
export const SCRIPT = fileURLToPath(import.meta.url);

/** Lines the generated file starts with; the last names the sums the test checks without the CRDs. */
export const HEADER_LINES = 3;

/** The generated file from the CRD texts, keyed by source path. */
export function render(crds) {
  const lines = [];
  for (const s of SOURCES) {
    const schema = specSchema(crds.get(s.path), s);
    lines.push("", `/**`, ` * ${s.doc} From ${basename(s.path)}, with these changes:`);
    for (const c of s.changes) lines.push(` * - ${c.add ? `+${c.add}` : `${c.at}: ${[...(c.drop ?? []).map((k) => `-${k}`), ...Object.entries(c.set ?? {}).map(([k, v]) => `${k} ${JSON.stringify(v)}`), ...(c.enumFirst ? [`enum +${JSON.stringify(c.enumFirst)}`] : [])].join(", ")}`} (${c.why})`);
    lines.push(" */", `export const ${s.name} = ${JSON.stringify(schema, null, 2)} as const;`);
  }
  const body = `${lines.join("\n")}\n`;
  const header = [
    "// Generated by scripts/gen-calico-schemas.mjs from Calico's CRDs; do not edit (test/model/calico-schemas.test.ts checks it).",
    `// Calico ${CALICO_TAG}: ${SOURCES.map((s) => `${s.path} (sha256 ${s.sha256})`).join(", ")}.`,
    `// Made by the script with sha256 ${sha256(readFileSync(SCRIPT, "utf8"))}; the schemas below have sha256 ${sha256(body)}.`,
  ];
  return `${header.join("\n")}\n${body}`;
}

async function readCrd(source, dir) {
  const cached = join(dir ?? CACHE, basename(source.path));
  let text;
  if (existsSync(cached)) text = readFileSync(cached, "utf8");
  else if (dir) throw new Error(`${cached}: no such file`);
  else {
    const url = `https://raw.githubusercontent.com/projectcalico/calico/${CALICO_TAG}/${source.path}`;
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: ${res.status} ${res.statusText}`);
    text = await res.text();
  }
  if (sha256(text) !== source.sha256) throw new Error(`${source.path} at ${CALICO_TAG} has sha256 ${sha256(text)}, not the pinned ${source.sha256}`);
  if (!dir) {
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(cached, text);
  }
  return text;
}

async function main(argv) {
  const check = argv.includes("--check");
  const i = argv.indexOf("--crd-dir");
  const dir = i >= 0 ? argv[i + 1] : undefined;
  const crds = new Map();
  for (const s of SOURCES) crds.set(s.path, await readCrd(s, dir));
  const text = render(crds);
  const current = existsSync(OUTPUT) ? readFileSync(OUTPUT, "utf8") : "";
  if (check) {
    if (current === text) return 0;
    process.stderr.write(`${OUTPUT} is not what scripts/gen-calico-schemas.mjs makes; run it\n`);
    return 1;
  }
  if (current !== text) writeFileSync(OUTPUT, text);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err) => {
      process.stderr.write(`gen-calico-schemas: ${err.message}\n`);
      process.exitCode = 2;
    },
  );
}
