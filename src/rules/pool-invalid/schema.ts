import AjvModule, { type ErrorObject, type ValidateFunction } from "ajv";
import { atPointer, toPlain, type MapEntry, type Node } from "../../model/index.js";
import { INSTALLATION_POOL_SCHEMA, IPPOOL_SPEC_SCHEMA, IPPOOL_SPEC_SCHEMA_ENTERPRISE, IPRESERVATION_SPEC_SCHEMA } from "../../model/schemas/calico.js";
import type { Problem } from "./problems.js";

/**
 * The API server's checks from Calico's CRD schemas (and the operator's for Installation enums):
 * field types, enumerations, lengths, unknown fields. Each schema is compiled on first use, so a
 * run pays only for the kinds of object it meets (compiling all four took 40 ms of every run).
 * The schemas are ours, so Ajv does not check them against its meta-schema on every run (that
 * compiled the meta-schema first); a test does it once.
 */

const SCHEMAS = {
  ippool: IPPOOL_SPEC_SCHEMA,
  ippoolEnterprise: IPPOOL_SPEC_SCHEMA_ENTERPRISE,
  installation: INSTALLATION_POOL_SCHEMA,
  reservation: IPRESERVATION_SPEC_SCHEMA,
} as const;

export const AJV_OPTIONS = { allErrors: true, strict: false, validateSchema: false } as const;

type Validators = { readonly [K in keyof typeof SCHEMAS]: ValidateFunction };

let ajv: InstanceType<typeof AjvModule.default> | undefined;
const compiled: { -readonly [K in keyof typeof SCHEMAS]?: ValidateFunction } = {};

function compiledSchema(name: keyof typeof SCHEMAS): ValidateFunction {
  let v = compiled[name];
  if (!v) {
    ajv ??= new AjvModule.default(AJV_OPTIONS);
    v = ajv.compile(SCHEMAS[name]);
    compiled[name] = v;
  }
  return v;
}

const VALIDATORS: Validators = {
  get ippool() {
    return compiledSchema("ippool");
  },
  get ippoolEnterprise() {
    return compiledSchema("ippoolEnterprise");
  },
  get installation() {
    return compiledSchema("installation");
  },
  get reservation() {
    return compiledSchema("reservation");
  },
};

export function validators(): Validators {
  return VALIDATORS;
}

/** The schemas the validators are compiled from, for the test that checks them against Ajv's meta-schema. */
export const POOL_SCHEMAS: Readonly<Record<keyof typeof SCHEMAS, object>> = SCHEMAS;

/** `/spec/allowedUses/0` under `spec` → `spec.allowedUses[0]` (Kubernetes field paths). */
function fieldPath(prefix: string, pointer: string): string {
  let out = prefix;
  for (const part of pointer === "" ? [] : pointer.slice(1).split("/")) out += /^\d+$/.test(part) ? `[${part}]` : `.${part}`;
  return out;
}

/** YAML 1.1 booleans, which kubectl's decoder reads as booleans and the YAML 1.2 parser as strings. */
const YAML11_BOOL = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

const goType = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v === "number" ? (Number.isInteger(v) ? "integer" : "number") : typeof v);

/** The operator's own enumerations (`ValidatePools`): the field and values its message names. */
const OPERATOR_ENUMS: Record<string, { field: string; values: string }> = {
  encapsulation: { field: "ipPool.encapsulation", values: "IPIPCrossSubnet,IPIP,VXLAN,VXLANCrossSubnet,None" },
  natOutgoing: { field: "natOutgoing", values: "Enabled,Disabled" },
};

export function schemaProblems(root: Node, prefix: string, validate: ValidateFunction, kind: string, installation: boolean): Problem[] {
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
      const value = JSON.stringify(v);
      const use = allowed.map((a) => `\`${String(a)}\``).join(", ");
      out.push(
        op
          ? { messageId: "operatorEnum", at: node.span, data: { value, path, given: String(v), field: op.field, values: op.values, allowed: use } }
          : { messageId: "schemaEnum", at: node.span, data: { value, path, by, supported: allowed.map((a) => JSON.stringify(a)).join(", "), allowed: use } },
      );
      continue;
    }
    if (err.keyword === "type") {
      const expected = String((err.params as { type: string }).type);
      if (expected === "boolean" && typeof v === "string" && YAML11_BOOL.test(v)) continue;
      out.push({
        messageId: "schemaType",
        at: node.span,
        data: {
          path,
          by,
          aType: `${expected === "integer" ? "an" : "a"} ${expected}`,
          type: expected,
          got: goType(v),
          field: path.split(".").pop() ?? path,
          withoutQuotes: typeof v === "string" ? " without quotes" : "",
        },
      });
      continue;
    }
    const limit = String((err.params as { limit?: number }).limit ?? "");
    out.push(
      err.keyword === "maxLength"
        ? { messageId: "schemaMaxLength", at: node.span, data: { path, by, limit } }
        : err.keyword === "maxItems"
          ? { messageId: "schemaMaxItems", at: node.span, data: { path, by, limit, count: Array.isArray(v) ? v.length : "?" } }
          : { messageId: "schemaBounds", at: node.span, data: { path, by, error: err.message ?? "is invalid" } },
    );
  }
  return out;
}

