import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findTools } from "../../src/render/tools.js";

/** Which programs render: found on PATH, kustomize before kubectl. */

function bin(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const p = join(dir, name);
  writeFileSync(p, "#!/bin/sh\n");
  chmodSync(p, 0o755);
  return p;
}

describe("findTools", () => {
  it("takes kustomize before kubectl, and helm, from PATH; nothing from an empty PATH", () => {
    const d = mkdtempSync(join(tmpdir(), "cil-tools-"));
    bin(join(d, "a"), "kubectl");
    bin(join(d, "b"), "kustomize");
    bin(join(d, "b"), "helm");
    expect(findTools({ PATH: `${join(d, "a")}:${join(d, "b")}` })).toEqual({ kustomize: { bin: join(d, "b", "kustomize"), args: ["build"] }, helm: join(d, "b", "helm") });
    expect(findTools({ PATH: join(d, "a") })).toEqual({ kustomize: { bin: join(d, "a", "kubectl"), args: ["kustomize"] } });
    expect(findTools({ PATH: "" })).toEqual({});
  });

  it("passes over a folder named helm or kubectl, as which does (a repository's helm/ folder with . on PATH)", () => {
    const d = mkdtempSync(join(tmpdir(), "cil-tools-"));
    mkdirSync(join(d, "repo", "helm"), { recursive: true });
    mkdirSync(join(d, "repo", "kustomize"), { recursive: true });
    bin(join(d, "bin"), "helm");
    bin(join(d, "bin"), "kubectl");
    expect(findTools({ PATH: `${join(d, "repo")}:${join(d, "bin")}` })).toEqual({ kustomize: { bin: join(d, "bin", "kubectl"), args: ["kustomize"] }, helm: join(d, "bin", "helm") });
  });

  it("runs the newest real kubectl beside the Google Cloud SDK's dispatcher, which would ask an API server for its version", () => {
    const d = mkdtempSync(join(tmpdir(), "cil-tools-"));
    const sdk = join(d, "google-cloud-sdk", "bin");
    bin(sdk, "kubectl");
    bin(sdk, "kubectl.1.9");
    bin(sdk, "kubectl.1.33");
    bin(sdk, "kubectl.1.27");
    mkdirSync(join(d, "usr-bin"));
    symlinkSync(join(sdk, "kubectl"), join(d, "usr-bin", "kubectl"));
    expect(findTools({ PATH: join(d, "usr-bin") }).kustomize).toEqual({ bin: join(sdk, "kubectl.1.33"), args: ["kustomize"] });
  });
});
