import { describe, expect, it } from "vitest";
import { findingsOf, ruleTester, stream, yaml } from "../rule-tester.js";

/** A bare Pod: the address is on line 7, column 39 (ipAddrs) or 45 (ipAddrsNoIpam). */
const pod = (name: string, ns: string, value: string, key = "ipAddrs") => yaml`
  apiVersion: v1
  kind: Pod
  metadata:
    name: ${name}
    namespace: ${ns}
    annotations:
      cni.projectcalico.org/${key}: '${value}'
`;

/** A Deployment: the address is on line 11, column 43. */
const deployment = (name: string, ns: string, value: string, replicas = 1) => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: ${name}
    namespace: ${ns}
  spec:
    replicas: ${replicas}
    template:
      metadata:
        annotations:
          cni.projectcalico.org/ipAddrs: '${value}'
      spec: {}
`;

/** A CronJob: the address is on line 12, column 47. */
const cronJob = (name: string, value: string) => yaml`
  apiVersion: batch/v1
  kind: CronJob
  metadata:
    name: ${name}
  spec:
    schedule: "0 * * * *"
    jobTemplate:
      spec:
        template:
          metadata:
            annotations:
              cni.projectcalico.org/ipAddrs: '${value}'
          spec:
            restartPolicy: Never
`;

ruleTester("duplicate-static-ip", {
  valid: [
    { name: "different addresses", yaml: stream(pod("a", "x", '["10.0.0.1"]'), pod("b", "x", '["10.0.0.10"]')) },
    { name: "one pod's own dual-stack pair", yaml: pod("a", "x", '["10.0.0.1", "fd00::1"]') },
    { name: "one pod listing its address twice (multiple-ip-addrs reports it)", yaml: pod("a", "x", '["10.0.0.1", "10.0.0.1"]') },
    {
      name: "the same object in two per-cluster directories",
      files: { "staging/db.yaml": pod("db", "data", '["10.0.0.1"]'), "prod/db.yaml": pod("db", "data", '["10.0.0.1"]') },
    },
    {
      name: "a hostNetwork pod (the CNI plugin never runs for it)",
      yaml: stream(pod("a", "x", '["10.0.0.1"]'), `${pod("b", "x", '["10.0.0.1"]')}spec:\n  hostNetwork: true\n`),
    },
    {
      name: "a PodTemplate runs no pod",
      yaml: stream(
        pod("a", "x", '["10.0.0.1"]'),
        yaml`
          apiVersion: v1
          kind: PodTemplate
          metadata:
            name: t
          template:
            metadata:
              annotations:
                cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'
        `,
      ),
    },
    { name: "addresses that differ only in family", yaml: stream(pod("a", "x", '["10.0.0.1"]'), pod("b", "x", '["::a00:1"]')) },
  ],
  invalid: [
    {
      name: "a duplicate across files and namespaces",
      files: { "team-a/db.yaml": pod("db", "team-a", '["10.0.0.5"]'), "team-b/api.yaml": deployment("api", "team-b", '["10.0.0.5"]') },
      errors: [
        { messageId: "taken", line: 7, column: 39, endLine: 7, endColumn: 47, severity: "error", file: "team-a/db.yaml", message: "10.0.0.5 is also claimed by Deployment team-b/api: Calico gives the address to whichever pod starts first and fails the others with `resource already exists: 10.0.0.5 with error: Address already assigned in block`" },
        { messageId: "taken", line: 11, column: 43, endLine: 11, endColumn: 51, severity: "error", file: "team-b/api.yaml", message: "also claimed by Pod team-a/db" },
      ],
    },
    {
      name: "the same IPv6 address spelled two ways",
      yaml: stream(pod("a", "x", '["fd00:10::5"]'), pod("b", "y", '["FD00:0010:0:0::0005"]')),
      errors: [
        { messageId: "taken", line: 7, column: 39, endColumn: 49, message: "fd00:10::5 is also claimed by Pod y/b (written FD00:0010:0:0::0005)" },
        { messageId: "taken", line: 15, column: 39, endColumn: 58, message: "FD00:0010:0:0::0005 (fd00:10::5) is also claimed by Pod x/a (written fd00:10::5)" },
      ],
    },
    {
      name: "an IPv4-mapped IPv6 spelling of an IPv4 address",
      yaml: stream(pod("a", "x", '["10.0.0.5"]'), pod("b", "x", '["::ffff:10.0.0.5"]')),
      errors: [
        { messageId: "taken", line: 7, column: 39 },
        { messageId: "taken", line: 15, column: 39, message: "::ffff:10.0.0.5 (10.0.0.5) is also claimed" },
      ],
    },
    {
      name: "three claims, each reported",
      yaml: stream(pod("a", "x", '["10.0.0.5"]'), pod("b", "x", '["10.0.0.5"]'), cronJob("c", '["10.0.0.5"]')),
      errors: [
        { messageId: "taken", line: 7, column: 39, message: "Pod x/b and CronJob default/c" },
        { messageId: "taken", line: 15, column: 39 },
        { messageId: "taken", line: 28, column: 47, message: "Pod x/a and Pod x/b" },
      ],
    },
    {
      name: "a claim in a context file is seen but only the linted file is reported",
      files: { "apps/a.yaml": pod("a", "x", '["10.0.0.5"]') },
      context: { "other/b.yaml": pod("b", "x", '["10.0.0.5"]') },
      errors: [{ messageId: "taken", line: 7, column: 39, message: "also claimed by Pod x/b" }],
    },
    {
      name: "ipAddrsNoIpam duplicates are warnings: Calico does not see them",
      yaml: stream(pod("a", "x", '["10.0.0.5"]', "ipAddrsNoIpam"), pod("b", "x", '["10.0.0.5"]', "ipAddrsNoIpam")),
      errors: [
        { messageId: "noIpam", line: 7, column: 45, severity: "warning", message: "these pods use ipAddrsNoIpam" },
        { messageId: "noIpam", line: 15, column: 45, severity: "warning" },
      ],
    },
    {
      name: "ipAddrs against ipAddrsNoIpam: Calico starts both",
      yaml: stream(pod("a", "x", '["10.0.0.5"]'), pod("b", "x", '["10.0.0.5"]', "ipAddrsNoIpam")),
      errors: [
        { messageId: "noIpam", line: 7, column: 39, severity: "warning", message: "and it uses ipAddrsNoIpam" },
        { messageId: "noIpam", line: 15, column: 45, severity: "warning", message: "and this pod uses ipAddrsNoIpam" },
      ],
    },
    {
      name: "a Deployment scaled to zero holds nothing now: warnings",
      yaml: stream(deployment("blue", "x", '["10.0.0.5"]', 1), deployment("green", "x", '["10.0.0.5"]', 0)),
      errors: [
        { messageId: "notConcurrent", line: 11, column: 43, severity: "warning", message: "Deployment x/green runs no pod now (replicas: 0)" },
        { messageId: "notConcurrent", line: 24, column: 43, severity: "warning", message: "this Deployment runs no pod now (replicas: 0)" },
      ],
    },
    {
      name: "a suspended CronJob starts no pod: warnings",
      yaml: stream(pod("a", "x", '["10.0.0.5"]'), cronJob("b", '["10.0.0.5"]').replace('schedule: "0 * * * *"', 'schedule: "0 * * * *"\n  suspend: true')),
      errors: [
        { messageId: "notConcurrent", line: 7, column: 39, severity: "warning", message: "CronJob default/b runs no pod now (suspend: true)" },
        { messageId: "notConcurrent", line: 21, column: 47, severity: "warning", message: "this CronJob runs no pod now (suspend: true)" },
      ],
    },
    {
      name: "two CronJobs may run at different times: warnings",
      yaml: stream(cronJob("a", '["10.0.0.5"]'), cronJob("b", '["10.0.0.5"]')),
      errors: [
        { messageId: "notConcurrent", line: 12, column: 47, severity: "warning", message: "Jobs and CronJobs release the address when they finish" },
        { messageId: "notConcurrent", line: 27, column: 47, severity: "warning" },
      ],
    },
  ],
});

describe("duplicate-static-ip related locations", () => {
  it("points every claim at the others, across files", () => {
    const got = findingsOf(
      { name: "related", files: { "a.yaml": pod("a", "x", '["10.0.0.5"]'), "b.yaml": stream(pod("b", "y", '["10.0.0.5"]'), pod("c", "z", '["10.0.0.5"]')) } },
      ["duplicate-static-ip"],
    );
    expect(got.map((f) => [f.file, f.line, (f.related ?? []).map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`)])).toEqual([
      ["a.yaml", 7, ["b.yaml:7:39 10.0.0.5 is also claimed by Pod y/b (ipAddrs)", "b.yaml:15:39 10.0.0.5 is also claimed by Pod z/c (ipAddrs)"]],
      ["b.yaml", 7, ["a.yaml:7:39 10.0.0.5 is also claimed by Pod x/a (ipAddrs)", "b.yaml:15:39 10.0.0.5 is also claimed by Pod z/c (ipAddrs)"]],
      ["b.yaml", 15, ["a.yaml:7:39 10.0.0.5 is also claimed by Pod x/a (ipAddrs)", "b.yaml:7:39 10.0.0.5 is also claimed by Pod y/b (ipAddrs)"]],
    ]);
  });
});
