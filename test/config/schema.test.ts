import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import AjvModule from "ajv";
import { describe, expect, it } from "vitest";
import { configSchema, parseConfig } from "../../src/config/index.js";
import { parseSource } from "../../src/load/index.js";
import { toPlain } from "../../src/model/index.js";
import { RULES } from "../../src/rules/index.js";

/**
 * schema/calico-ipam-lint.schema.json ships in the package for editors; it must be what the code
 * validates with. `UPDATE_SCHEMA=1 npx vitest run test/config/schema.test.ts` rewrites it.
 */
const root = join(import.meta.dirname, "../..");
const schemaFile = join(root, "schema/calico-ipam-lint.schema.json");
const generated = configSchema(RULES.map((r) => ({ id: r.id, description: r.meta.description })));

describe("the published JSON Schema", () => {
  it("is up to date with the rule registry", () => {
    const text = `${JSON.stringify(generated, null, 2)}\n`;
    if (process.env["UPDATE_SCHEMA"] === "1") writeFileSync(schemaFile, text);
    expect(existsSync(schemaFile), "run UPDATE_SCHEMA=1 npx vitest run test/config/schema.test.ts").toBe(true);
    expect(readFileSync(schemaFile, "utf8"), "stale: run UPDATE_SCHEMA=1 npx vitest run test/config/schema.test.ts").toBe(text);
  });

  it("takes every rule id as a key of rules and overrides, and in suppress", () => {
    const s = generated as { properties: Record<string, { properties?: Record<string, unknown>; items?: unknown }> };
    const ruleKeys = Object.keys(s.properties["rules"]?.properties ?? {});
    expect(ruleKeys.sort()).toEqual(RULES.map((r) => r.id).sort());
    const text = JSON.stringify(s.properties["suppress"]);
    for (const r of RULES) expect(text).toContain(`"${r.id}"`);
  });

  it("validates in a plain JSON Schema validator (what editors run)", () => {
    const ajv = new AjvModule.default({ strict: true, strictRequired: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")) as object);
    expect(validate({ rules: { "pool-overlap": "warn" }, suppress: [{ kind: "Pod", rules: "all" }] })).toBe(true);
    expect(validate({ rules: { "no-such-rule": "warn" } })).toBe(false);
  });
});

describe("docs/configuration.md", () => {
  const docFile = join(root, "docs/configuration.md");
  const doc = existsSync(docFile) ? readFileSync(docFile, "utf8") : "";
  const blocks = [...doc.matchAll(/```(yaml|json)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1] ?? "", text: m[2] ?? "" }));
  const full = blocks.find((b) => b.text.startsWith("# yaml-language-server: $schema="));

  it("has a full example that passes validation and uses every top-level key", () => {
    expect(full, "a ```yaml block starting with # yaml-language-server").toBeDefined();
    const src = parseSource(".calico-ipam-lint.yaml", full?.text ?? "", true);
    const r = parseConfig(src);
    expect("problems" in r ? r.problems.map((p) => p.message) : []).toEqual([]);
    const keys = Object.keys(toPlain(src.documents[0]?.root ?? undefined) as object);
    const all = Object.keys((generated as { properties: object }).properties).filter((k) => k !== "$schema");
    expect(all.filter((k) => !keys.includes(k))).toEqual([]);
    // And against the file editors use.
    const ajv = new AjvModule.default({ strict: false });
    expect(ajv.validate(JSON.parse(readFileSync(schemaFile, "utf8")) as object, toPlain(src.documents[0]?.root ?? undefined))).toBe(true);
  });

  it("has only configuration examples that pass validation", () => {
    for (const b of blocks.filter((x) => /^(# \.calico-ipam-lint|# yaml-language-server)/.test(x.text) || x.text.startsWith('{\n  "$schema"'))) {
      const r = parseConfig(parseSource(b.lang === "json" ? ".calico-ipam-lint.json" : ".calico-ipam-lint.yaml", b.text, true));
      expect("problems" in r ? r.problems.map((p) => p.message) : [], b.text).toEqual([]);
    }
  });
});
