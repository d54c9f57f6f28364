import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { livePodsFrom, sameWorkload, type LivePod, type LiveState } from "../../src/model/index.js";

const KUBECTL = JSON.parse(readFileSync(join(import.meta.dirname, "../cli/data/kubectl-get-pods-A.json"), "utf8")) as { items: unknown[] };

function pods(data: unknown): LivePod[] {
  const r = livePodsFrom(data, "pods.json");
  if ("error" in r) throw new Error(r.error);
  return [...(r as LiveState).pods];
}

describe("livePodsFrom", () => {
  it("reads the pods of `kubectl get pods -A -o json` that hold addresses now", () => {
    const got = pods(KUBECTL).map((p) => `${p.namespace}/${p.name} ${p.ips.join(",")} ${p.owners.map((o) => `${o.kind}/${o.name}`).join(">")}`);
    expect(got).toEqual([
      "batch/migrate-xk2lp 10.244.1.41 Job/migrate",
      // report-28731540-q9w8z Succeeded: its address is released.
      "batch/report-28731600-m2n4b 10.244.1.42 Job/report-28731600",
      "db/postgres-0 10.244.2.20,fd00:10:244:2::14 StatefulSet/postgres",
      "default/appliance 10.244.9.9 ",
      "default/legacy-app 10.244.3.30 ",
      // pending-…: no address yet; calico-node: hostNetwork.
      "default/web-6d4cf56db6-x7k2p 10.244.1.10 ReplicaSet/web-6d4cf56db6",
    ]);
    expect(pods(KUBECTL).find((p) => p.name === "appliance")?.noIpam).toEqual(["10.244.9.9"]);
  });

  it("follows owners held in the same file (kubectl get pods,replicasets -o json)", () => {
    const rs = {
      apiVersion: "apps/v1",
      kind: "ReplicaSet",
      metadata: { name: "web-6d4cf56db6", namespace: "default", ownerReferences: [{ apiVersion: "apps/v1", kind: "Deployment", name: "frontend", controller: true }] },
    };
    const [web] = pods({ ...KUBECTL, items: [...KUBECTL.items, rs] }).filter((p) => p.name.startsWith("web-"));
    expect(web?.owners).toEqual([
      { kind: "ReplicaSet", name: "web-6d4cf56db6" },
      { kind: "Deployment", name: "frontend" },
    ]);
    // With the chain known, the name heuristic is not used: the Deployment is "frontend", not "web".
    expect(web && sameWorkload(web, "Deployment", "default", "frontend")).toBe(true);
    expect(web && sameWorkload(web, "Deployment", "default", "web")).toBe(false);
  });

  it("reads a single Pod and canonicalises addresses", () => {
    const one = { apiVersion: "v1", kind: "Pod", metadata: { name: "a" }, status: { podIP: "fd00:0:0:0:0:0:0:1" } };
    expect(pods(one)).toEqual([{ namespace: "default", name: "a", ips: ["fd00::1"], owners: [], labels: {}, noIpam: [] }]);
  });

  it("refuses what is not a kubectl get output", () => {
    expect(livePodsFrom([1, 2], "x")).toEqual({ error: "expected the output of `kubectl get pods -A -o json` (a List of Pods)" });
    expect(livePodsFrom({ apiVersion: "v1", kind: "Service", metadata: { name: "a" } }, "x")).toEqual({
      error: "expected the output of `kubectl get pods -A -o json` (a List of Pods), not a Service",
    });
  });
});

describe("sameWorkload", () => {
  const pod = (over: Partial<LivePod>): LivePod => ({ namespace: "default", name: "x", ips: [], owners: [], labels: {}, noIpam: [], ...over });
  it("matches a Deployment by its ReplicaSet's name and the pod-template-hash label", () => {
    const p = pod({ owners: [{ kind: "ReplicaSet", name: "web-6d4cf56db6" }], labels: { "pod-template-hash": "6d4cf56db6" } });
    expect(sameWorkload(p, "Deployment", "default", "web")).toBe(true);
    expect(sameWorkload(p, "Deployment", "default", "web-6d4cf56db6")).toBe(false);
    expect(sameWorkload(p, "Deployment", "other", "web")).toBe(false);
    expect(sameWorkload(p, "ReplicaSet", "default", "web-6d4cf56db6")).toBe(true);
  });
  it("without the label, only a name that looks like a template hash", () => {
    expect(sameWorkload(pod({ owners: [{ kind: "ReplicaSet", name: "web-6d4cf56db6" }] }), "Deployment", "default", "web")).toBe(true);
    expect(sameWorkload(pod({ owners: [{ kind: "ReplicaSet", name: "web-api" }] }), "Deployment", "default", "web")).toBe(false);
  });
  it("matches an Argo Rollout, a CronJob's Job, a StatefulSet, a DaemonSet", () => {
    expect(sameWorkload(pod({ owners: [{ kind: "ReplicaSet", name: "r-7bf9c" }], labels: { "rollouts-pod-template-hash": "7bf9c" } }), "Rollout", "default", "r")).toBe(true);
    expect(sameWorkload(pod({ owners: [{ kind: "Job", name: "report-28731600" }] }), "CronJob", "default", "report")).toBe(true);
    expect(sameWorkload(pod({ owners: [{ kind: "Job", name: "report-x" }] }), "CronJob", "default", "report")).toBe(false);
    expect(sameWorkload(pod({ owners: [{ kind: "StatefulSet", name: "db" }] }), "StatefulSet", "default", "db")).toBe(true);
    expect(sameWorkload(pod({ owners: [{ kind: "DaemonSet", name: "agent" }] }), "DaemonSet", "default", "agent")).toBe(true);
  });
  it("matches a bare Pod by name only", () => {
    expect(sameWorkload(pod({ name: "a" }), "Pod", "default", "a")).toBe(true);
    expect(sameWorkload(pod({ name: "a", owners: [{ kind: "ReplicaSet", name: "a-6d4cf56db6" }] }), "Pod", "default", "b")).toBe(false);
  });
});
