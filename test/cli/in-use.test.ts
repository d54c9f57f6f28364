import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { cli, tempTree } from "./helpers.js";

/** `kubectl get pods -A -o json` of a small cluster, as kubectl prints it. */
const KUBECTL_JSON = join(import.meta.dirname, "data/kubectl-get-pods-A.json");

const MANIFESTS = {
  "apps/web.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: default
spec:
  replicas: 1
  strategy: {type: Recreate}
  template:
    metadata:
      annotations:
        cni.projectcalico.org/ipAddrs: '["10.244.1.10"]'
`,
  "apps/api.yaml": `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: api
  namespace: default
spec:
  replicas: 1
  template:
    metadata:
      annotations:
        cni.projectcalico.org/ipAddrs: '["10.244.2.20"]'
`,
};

type JsonFile = { filePath: string; messages: { ruleId: string; line: number; column: number; message: string }[] };
const inUse = (stdout: string) =>
  (JSON.parse(stdout) as JsonFile[]).flatMap((f) => f.messages.filter((m) => m.ruleId === "ip-in-use").map((m) => `${f.filePath.split("/").pop()}:${m.line}:${m.column} ${m.message}`));

describe("--in-use", () => {
  it("reports a static address a live pod of another workload holds (kubectl get pods -A -o json)", async () => {
    const cwd = tempTree(MANIFESTS);
    copyFileSync(KUBECTL_JSON, join(cwd, "pods.json"));
    const r = await cli(["apps", "--in-use", "pods.json", "-f", "json"], { cwd });
    expect(r.code).toBe(1);
    expect(inUse(r.stdout)).toEqual([
      "api.yaml:11:43 The live pod db/postgres-0 already holds 10.244.2.20 (according to pods.json), so Calico fails this pod with `error getting IP from IPAM: resource already exists: 10.244.2.20 with error: Address already assigned in block` for as long as that pod exists. Pick a free address, or delete db/postgres-0 before applying this manifest",
    ]);
    // Without it, nothing is known about the cluster.
    expect(inUse((await cli(["apps", "-f", "json"], { cwd })).stdout)).toEqual([]);
  });

  it("reads `-o yaml` too", async () => {
    const cwd = tempTree(MANIFESTS);
    writeFileSync(join(cwd, "pods.yaml"), stringify(JSON.parse(readFileSync(KUBECTL_JSON, "utf8"))));
    const r = await cli(["apps", "--in-use", "pods.yaml", "-f", "json"], { cwd });
    expect(inUse(r.stdout)).toHaveLength(1);
  });

  it("never lints the pods file as manifests, even inside the linted directory", async () => {
    const cwd = tempTree(MANIFESTS);
    copyFileSync(KUBECTL_JSON, join(cwd, "apps/pods.json"));
    const r = await cli([".", "--in-use", "apps/pods.json", "-f", "json"], { cwd });
    const files = (JSON.parse(r.stdout) as JsonFile[]).map((f) => f.filePath.split("/").pop());
    expect(files).toEqual(["api.yaml", "web.yaml"]);
    // Its Pods are not pod sources: legacy-app's static address does not collide with itself.
    expect(inUse(r.stdout)).toHaveLength(1);
  });

  it("exits 2 when the file is missing or is not a kubectl get output", async () => {
    const cwd = tempTree({ ...MANIFESTS, "svc.json": '{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "a"}}', "broken.yaml": "items: [\n" });
    const missing = await cli(["apps", "--in-use", "none.json"], { cwd });
    expect(missing).toMatchObject({ code: 2, stderr: "calico-ipam-lint: --in-use none.json: no such file\n" });
    const svc = await cli(["apps", "--in-use", "svc.json"], { cwd });
    expect(svc).toMatchObject({ code: 2, stderr: "calico-ipam-lint: --in-use svc.json: expected the output of `kubectl get pods -A -o json` (a List of Pods), not a Service\n" });
    const broken = await cli(["apps", "--in-use", "broken.yaml"], { cwd });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^calico-ipam-lint: --in-use broken\.yaml: not valid JSON or YAML/);
  });
});
