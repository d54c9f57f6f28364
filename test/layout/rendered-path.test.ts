import { describe, expect, it } from "vitest";
import { renderedPath, renderedRoot } from "../../src/layout/relocate.js";

describe("the name of a root's rendered output", () => {
  it("gives back the root it names, and nothing for a file", () => {
    expect(renderedRoot(renderedPath("charts/net"))).toBe("charts/net");
    expect(renderedRoot(renderedPath("apps/edge gateway", { kind: "Application", name: "edge" }))).toBe("apps/edge gateway");
    expect(renderedRoot(renderedPath("charts/net", { kind: "HelmRelease", name: "net", file: "clusters/lab/sync.yaml" }))).toBe("charts/net");
    // Two clusters' releases of one name: two names.
    expect(renderedPath("charts/net", { kind: "HelmRelease", name: "net", file: "clusters/lab/sync.yaml" })).not.toBe(renderedPath("charts/net", { kind: "HelmRelease", name: "net", file: "clusters/prod/sync.yaml" }));
    expect(renderedRoot("charts/net/values.yaml")).toBeUndefined();
  });
});
