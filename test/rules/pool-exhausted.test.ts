import { ruleTester, stream, yaml } from "../rule-tester.js";

const POOL_28 = yaml`
  apiVersion: crd.projectcalico.org/v1
  kind: IPPool
  metadata:
    name: small
  spec:
    cidr: 10.0.0.0/28
    blockSize: 28
`;

const deploy = (name: string, replicas: number, annotations = "{}") => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: ${name}
  spec:
    replicas: ${replicas}
    template:
      metadata:
        annotations: ${annotations}
      spec: {}
`;

const V6_48 = yaml`
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata:
    name: v6
  spec:
    cidr: fd00:1::/48
`;

const V6_120 = yaml`
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata:
    name: v6small
  spec:
    cidr: fd00:2::/120
    blockSize: 122
`;

/** prod-pool (/28) serves namespaces labelled env=prod only; any (/28) serves every namespace. */
const PROD_POOL = yaml`
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata:
    name: prod-pool
  spec:
    cidr: 10.1.0.0/28
    blockSize: 28
    allowedUses: [Workload]
    namespaceSelector: env == "prod"
`;
const ANY_POOL = POOL_28.replace("name: small", "name: any");
const namespaces = (...names: string[]) => stream(...names.map((n) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${n}\n  labels:\n    env: ${n}\n`));
const deployIn = (namespace: string, name: string, replicas: number) => deploy(name, replicas).replace(`name: ${name}\n`, `name: ${name}\n  namespace: ${namespace}\n`);

ruleTester("pool-exhausted", {
  valid: [
    { name: "namespaceSelector: prod pods spill into both pools (30 of 32)", yaml: stream(PROD_POOL, ANY_POOL, namespaces("prod", "dev"), deployIn("prod", "api", 30)) },
    { name: "namespaceSelector: dev fills the shared pool, prod its own (16 + 16)", yaml: stream(PROD_POOL, ANY_POOL, namespaces("prod", "dev"), deployIn("prod", "api", 16), deployIn("dev", "web", 16)) },
    { name: "namespaceSelector: a namespace not in the files may use both pools", yaml: stream(PROD_POOL, ANY_POOL, deployIn("dev", "web", 20)) },
    { name: "a /28 holds 16 pods exactly", yaml: stream(POOL_28, deploy("foo", 16)) },
    { name: "16 pods over two deployments", yaml: stream(POOL_28, deploy("foo", 10), deploy("bar", 6)) },
    { name: "no pools known: silent", yaml: deploy("foo", 5000) },
    { name: "an IPv6 /48 and 100,000 replicas", yaml: stream(V6_48, deploy("foo", 100000)) },
    {
      name: "a second listed pool takes the overflow",
      yaml: stream(
        POOL_28,
        POOL_28.replace("small", "extra").replace("10.0.0.0/28", "10.0.1.0/28"),
        deploy("foo", 30, `{cni.projectcalico.org/ipv4pools: '["small","extra"]'}`),
      ),
    },
    {
      name: "a DaemonSet without a node count is not guessed",
      yaml: stream(POOL_28, deploy("foo", 16), yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
        spec:
          template:
            spec: {}
      `),
    },
    {
      name: "static addresses inside a reservation are counted once",
      yaml: stream(POOL_28, deploy("foo", 15), yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPReservation
        metadata:
          name: r
        spec:
          reservedCIDRs: ["10.0.0.15"]
      `, yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: fixed
          annotations:
            cni.projectcalico.org/ipAddrs: '["10.0.0.15"]'
      `),
    },
  ],
  invalid: [
    {
      name: "namespaceSelector: dev pods may not use the prod pool, so 20 do not fit the shared /28",
      yaml: stream(PROD_POOL, ANY_POOL, namespaces("prod", "dev"), deployIn("dev", "web", 20)),
      errors: [
        { messageId: "pool", line: 16, column: 9, message: "Pool any (10.0.0.0/28) is too small for the pods drawing from it: 20 IPv4 addresses are needed by 1 pod source and 16 can be assigned" },
        { messageId: "pods", line: 39, column: 13, message: "run fewer replicas; the namespaceSelector of prod-pool (10.1.0.0/28) does not select namespace dev" },
      ],
    },
    {
      name: "namespaceSelector: prod pods count against both pools, dev pods against the shared one only (21 + 12 > 32)",
      yaml: stream(PROD_POOL, ANY_POOL, namespaces("prod", "dev"), deployIn("prod", "api", 21), deployIn("dev", "web", 12)),
      errors: [
        { messageId: "pool", line: 6, column: 9, message: "Pool prod-pool (10.1.0.0/28) is too small for the pods drawing from it and any (10.0.0.0/28): 33 IPv4 addresses" },
        { messageId: "pool", line: 16, column: 9, message: "33 IPv4 addresses are needed by 2 pod sources and 32 can be assigned" },
        { messageId: "pods", line: 39, column: 13, message: "Deployment prod/api draws 21 IPv4 addresses from pools any (10.0.0.0/28) and prod-pool (10.1.0.0/28) together with 1 other pod source" },
        { messageId: "pods", line: 51, column: 13, message: "Deployment dev/web draws 12 IPv4 addresses from pool any (10.0.0.0/28) together with 1 other pod source" },
      ],
    },
    {
      name: "17 pods in a /28",
      yaml: stream(POOL_28, deploy("foo", 17)),
      errors: [
        { messageId: "pool", line: 6, column: 9, endLine: 6, endColumn: 20, message: "No IPs available in pools: [10.0.0.0/28]" },
        { messageId: "pods", line: 14, column: 13, endLine: 14, endColumn: 15, message: "17 are needed and 16 can be assigned (16 in the pool)" },
      ],
    },
    {
      name: "reservations reduce capacity (union, not sum)",
      yaml: stream(POOL_28, deploy("foo", 13), yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPReservation
        metadata:
          name: r
        spec:
          reservedCIDRs: ["10.0.0.0/30", "10.0.0.2/31"]
      `),
      errors: [
        { messageId: "pool", line: 6, column: 9, message: "4 reserved by IPReservations" },
        { messageId: "pods", line: 14, column: 13, message: "13 are needed and 12 can be assigned" },
      ],
    },
    {
      name: "strict affinity (configuration): Calico's P8 text instead of P7",
      settings: { strictAffinity: true },
      yaml: stream(POOL_28, deploy("foo", 17)),
      errors: [
        { messageId: "pool", line: 6, column: 9, message: "Assigned 0 out of 1 requested IPv4 addresses; No more free affine blocks and strict affinity enabled`" },
        { messageId: "pods", line: 14, column: 13, message: "No more free affine blocks and strict affinity enabled" },
      ],
    },
    {
      name: "strict affinity from an IPAMConfiguration in the files",
      yaml: stream(POOL_28, deploy("foo", 17), yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPAMConfig
        metadata:
          name: default
        spec:
          strictAffinity: true
      `),
      errors: [
        { messageId: "pool", line: 6, column: 9, message: "No more free affine blocks and strict affinity enabled" },
        { messageId: "pods", line: 14, column: 13, message: "No more free affine blocks and strict affinity enabled" },
      ],
    },
    {
      name: "an IPAMConfiguration in the files wins over the configuration's strictAffinity",
      settings: { strictAffinity: false },
      yaml: stream(POOL_28, deploy("foo", 17), yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPAMConfig
        metadata:
          name: default
        spec:
          strictAffinity: true
      `),
      errors: [
        { messageId: "pool", line: 6, column: 9, message: "No more free affine blocks and strict affinity enabled" },
        { messageId: "pods", line: 14, column: 13, message: "No more free affine blocks and strict affinity enabled" },
      ],
    },
    {
      name: "an IPv6 /120 and 257 replicas",
      yaml: stream(V6_120, deploy("foo", 257)),
      errors: [
        { messageId: "pool", line: 6, column: 9, message: "Assigned 0 out of 1 requested IPv6 addresses; No IPs available in pools: [fd00:2::/120]" },
        { messageId: "pods", line: 14, column: 13, message: "257 are needed and 256 can be assigned" },
      ],
    },
    {
      name: "pods and pools in separate files, pools as context",
      files: { "apps.yaml": stream(deploy("foo", 10), deploy("bar", 7)) },
      context: { "pools.yaml": POOL_28 },
      errors: [
        { messageId: "pods", line: 6, column: 13, message: "together with 1 other pod source" },
        { messageId: "pods", line: 17, column: 13 },
      ],
    },
    {
      name: "an annotation naming one pool, without replicas",
      yaml: stream(POOL_28, deploy("foo", 16), yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: bar
          annotations:
            cni.projectcalico.org/ipv4pools: '["small"]'
      `),
      errors: [
        { messageId: "pool", line: 6, column: 9 },
        { messageId: "pods", line: 14, column: 13 },
        { messageId: "pods", line: 25, column: 38, message: "Pod default/bar draws 1 IPv4 address from pool small (10.0.0.0/28)" },
      ],
    },
    {
      name: "node tunnel addresses count when the node count is known",
      settings: { nodes: 3 },
      yaml: stream(POOL_28.replace("blockSize: 28", "blockSize: 28\n  ipipMode: Always"), deploy("foo", 14)),
      errors: [
        { messageId: "pool", line: 6, column: 9, message: "3 node tunnel addresses" },
        { messageId: "pods", line: 15, column: 13 },
      ],
    },
  ],
});
