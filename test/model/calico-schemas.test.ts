import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CACHE, CALICO_TAG, HEADER_LINES, OUTPUT, render, SCRIPT, sha256, SOURCES } from "../../scripts/gen-calico-schemas.mjs";
import { IPPOOL_SPEC_SCHEMA, IPRESERVATION_SPEC_SCHEMA } from "../../src/model/schemas/calico.js";

/**
 * src/model/schemas/calico-crds.ts is generated from Calico's CRDs at a pinned tag by
 * scripts/gen-calico-schemas.mjs. The CRDs are not in the repository: the script downloads them
 * (checked against pinned sums) into node_modules/.cache; where they are there, the file must be
 * exactly what the script makes from them. Everywhere, the file must name the sums of the CRDs
 * the script pins, of the script as it is, and of its own schemas: a changed script, pin or
 * schema without a new run of the script shows as drift.
 */

const committed = readFileSync(OUTPUT, "utf8");
const cached = SOURCES.every((s) => existsSync(join(CACHE, s.path.split("/").pop()!)));
if (!cached) console.warn(`calico-schemas: the CRDs of Calico ${CALICO_TAG} are not in ${CACHE}, so the generated file is not regenerated here (run node scripts/gen-calico-schemas.mjs --check)`);

describe("the schemas generated from Calico's CRDs", () => {
  it("name the tag and the sums the script pins, the script's own sum, and the sum of the schemas as written", () => {
    expect(committed).toContain(`// Calico ${CALICO_TAG}: `);
    for (const s of SOURCES) expect(committed).toContain(`${s.path} (sha256 ${s.sha256})`);
    const lines = committed.split("\n");
    const sums = /^\/\/ Made by the script with sha256 ([0-9a-f]{64}); the schemas below have sha256 ([0-9a-f]{64})\.$/.exec(lines[HEADER_LINES - 1] ?? "");
    expect(sums, "the third line names the script's and the schemas' sums").not.toBeNull();
    expect(sums?.[1], "scripts/gen-calico-schemas.mjs changed since the file was made: run it").toBe(sha256(readFileSync(SCRIPT, "utf8")));
    expect(sums?.[2], "the schemas were edited by hand: run scripts/gen-calico-schemas.mjs instead").toBe(sha256(lines.slice(HEADER_LINES).join("\n")));
  });

  it.skipIf(!cached)("are what the script makes from the pinned CRDs (run node scripts/gen-calico-schemas.mjs after changing it)", () => {
    const crds = new Map(SOURCES.map((s) => [s.path, readFileSync(join(CACHE, s.path.split("/").pop()!), "utf8")]));
    expect(committed).toBe(render(crds));
  });

  it("keep Calico's fields and limits, with the linter's own changes", () => {
    expect(Object.keys(IPPOOL_SPEC_SCHEMA.properties).sort()).toEqual(
      ["allowedUses", "assignmentMode", "blockSize", "cidr", "disableBGPExport", "disabled", "ipip", "ipipMode", "namespaceSelector", "nat-outgoing", "natOutgoing", "nodeSelector", "vxlanMode"].sort(),
    );
    expect(IPPOOL_SPEC_SCHEMA.properties.cidr).toEqual({ type: "string", maxLength: 48 });
    expect(IPPOOL_SPEC_SCHEMA.properties.ipipMode.enum).toEqual(["", "Never", "Always", "CrossSubnet"]);
    expect(IPPOOL_SPEC_SCHEMA.properties.allowedUses).toEqual({ type: "array", maxItems: 10, items: { type: "string" } });
    expect(IPRESERVATION_SPEC_SCHEMA.properties.reservedCIDRs).toEqual({ type: "array", items: { type: "string" } });
  });
});
