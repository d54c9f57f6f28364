import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CACHE, CALICO_TAG, OUTPUT, render, SOURCES } from "../../scripts/gen-calico-schemas.mjs";
import { IPPOOL_SPEC_SCHEMA, IPRESERVATION_SPEC_SCHEMA } from "../../src/model/schemas/calico.js";

/**
 * src/model/schemas/calico-crds.ts is generated from Calico's CRDs at a pinned tag by
 * scripts/gen-calico-schemas.mjs. The CRDs are not in the repository: the script downloads them
 * (checked against pinned sums) into node_modules/.cache; where they are there, the file must be
 * exactly what the script makes from them.
 */

const committed = readFileSync(OUTPUT, "utf8");
const cached = SOURCES.every((s) => existsSync(join(CACHE, s.path.split("/").pop()!)));
if (!cached) console.warn(`calico-schemas: the CRDs of Calico ${CALICO_TAG} are not in ${CACHE}, so the generated file is not regenerated here (run node scripts/gen-calico-schemas.mjs --check)`);

describe("the schemas generated from Calico's CRDs", () => {
  it("name the tag and the sums the script pins", () => {
    expect(committed).toContain(`// Calico ${CALICO_TAG}: `);
    for (const s of SOURCES) expect(committed).toContain(`${s.path} (sha256 ${s.sha256})`);
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
