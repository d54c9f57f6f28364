import { ruleTester, stream, yaml } from "../rule-tester.js";

const pool = (name: string, cidr: string) => `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n`;

/** Two pools, and namespace team restricted to `team` (20 lines; its annotation on line 20, column 38). */
const BASE = stream(
  pool("team", "10.10.0.0/24"),
  pool("shared", "10.20.0.0/16"),
  yaml`
    apiVersion: v1
    kind: Namespace
    metadata:
      name: team
      annotations:
        cni.projectcalico.org/ipv4pools: '["team"]'
  `,
);

/** A Pod in namespace team (7 lines); its first annotation value is on its line 7, column 38. */
const pod = (annotations: string, ns = "team") => yaml`
  apiVersion: v1
  kind: Pod
  metadata:
    name: p
    namespace: ${ns}
    annotations:
      ${annotations}
`;
const ann = (key: string, value: string) => `cni.projectcalico.org/${key}: '${value}'`;

/** A pool for namespaces labelled env=prod (8 lines), and namespace dev labelled env=dev (8 lines). */
const PROD_POOL = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: prod\nspec:\n  cidr: 10.30.0.0/24\n  allowedUses: [Workload]\n  namespaceSelector: env == 'prod'\n";
const ns = (name: string, env: string, annotations = "") =>
  `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  labels:\n    env: ${env}\n${annotations ? `  annotations:\n    ${annotations}\n` : ""}`;

ruleTester("pod-namespace-conflict", {
  valid: [
    { name: "the pod inherits the namespace's pools", yaml: stream(BASE, pod("app: x")) },
    { name: "a named pool whose namespaceSelector selects the pod's namespace", yaml: stream(PROD_POOL, ns("live", "prod"), pod(ann("ipv4pools", '["prod"]'), "live")) },
    { name: "a named pool with a namespaceSelector, the namespace not in the files", yaml: stream(PROD_POOL, pod(ann("ipv4pools", '["prod"]'), "unseen")) },
    { name: "a pool whose namespaceSelector leaves the namespace out, not named: automatic assignment skips it", yaml: stream(PROD_POOL, pool("any", "10.40.0.0/24"), ns("dev", "dev"), pod("app: x", "dev")) },
    { name: "a named pool with a namespaceSelector, on a pod with a static address (pool annotations ignored)", yaml: stream(PROD_POOL, ns("dev", "dev"), pod(`${ann("ipv4pools", '["prod"]')}\n      ${ann("ipAddrs", '["10.30.0.5"]')}`, "dev")) },
    { name: "the pod narrows to the same pool", yaml: stream(BASE, pod(ann("ipv4pools", '["team"]'))) },
    { name: "the same pool by CIDR", yaml: stream(BASE, pod(ann("ipv4pools", '["10.10.0.0/24"]'))) },
    { name: "an empty string does not override", yaml: stream(BASE, pod(`cni.projectcalico.org/ipv4pools: ''`)) },
    { name: "a pod in a namespace with no restriction", yaml: stream(BASE, pod(ann("ipv4pools", '["shared"]'), "other")) },
    {
      name: "a namespace whose [] restricts nothing",
      yaml: stream(BASE.replace(`'["team"]'`, "'[]'"), pod(ann("ipv4pools", '["shared"]'))),
    },
    { name: "a static address inside the namespace's pool", yaml: stream(BASE, pod(ann("ipAddrs", '["10.10.0.9"]'))) },
    { name: "an IPv6 static address when the namespace restricts only IPv4", yaml: stream(BASE, pod(ann("ipAddrs", '["fd00::9"]'))) },
    { name: "an entry Calico rejects (unknown-pool reports it)", yaml: stream(BASE, pod(ann("ipv4pools", '["nope", "10.20.5.0/24"]'))) },
    { name: "a hostNetwork pod", yaml: stream(BASE, `${pod(ann("ipv4pools", "[]"))}spec:\n  hostNetwork: true\n`) },
    {
      name: "a pod whose static address makes its pool list unused",
      yaml: stream(BASE, pod(`${ann("ipAddrs", '["10.10.0.9"]')}\n  ${ann("ipv4pools", '["shared"]')}`)),
    },
  ],
  invalid: [
    {
      name: "a pod naming a pool whose namespaceSelector does not select its namespace",
      yaml: stream(PROD_POOL, ns("dev", "dev"), pod(ann("ipv4pools", '["prod"]'), "dev")),
      errors: [
        {
          messageId: "selectorBypassed",
          line: 23,
          column: 41,
          endLine: 23,
          endColumn: 45,
          message: "prod (10.30.0.0/24) has namespaceSelector `env == 'prod'`, which does not select namespace dev (labels: env=dev, kubernetes.io/metadata.name=dev): Calico ignores a pool's selectors when an annotation names the pool, so its pods still draw addresses",
        },
      ],
    },
    {
      name: "a namespace naming a pool whose namespaceSelector does not select it",
      yaml: stream(PROD_POOL, ns("dev", "dev", `cni.projectcalico.org/ipv4pools: '["prod"]'`), pod("app: x", "dev")),
      errors: [{ messageId: "selectorBypassed", line: 17, column: 41, message: "the pods of namespace dev that do not name pools of their own still draw addresses from it" }],
    },
    {
      name: "a namespace pool overridden by the pod",
      yaml: stream(BASE, pod(ann("ipv4pools", '["team", "shared"]'))),
      errors: [
        {
          messageId: "outside",
          line: 28,
          column: 49,
          endLine: 28,
          endColumn: 55,
          message:
            "shared (10.20.0.0/16) is not one of the pools of namespace team (team (10.10.0.0/24)): Calico takes the pod's ipv4pools instead of the namespace's, so this pod draws addresses from shared (10.20.0.0/16)",
        },
      ],
    },
    {
      name: "[] on the pod lifts the namespace's restriction",
      yaml: stream(BASE, pod(ann("ipv4pools", "[]"))),
      errors: [{ messageId: "lifted", line: 28, column: 38, endColumn: 42, message: "The pod's ipv4pools `[]` overrides the `[\"team\"]` of namespace team" }],
    },
    {
      name: "null on the pod lifts it too",
      yaml: stream(BASE, pod(ann("ipv4pools", "null"))),
      errors: [{ messageId: "lifted", line: 28, column: 38, message: "The pod's ipv4pools `null` overrides" }],
    },
    {
      name: "a static address outside the namespace's pools",
      yaml: stream(BASE, pod(ann("ipAddrs", '["10.20.0.9"]'))),
      errors: [
        {
          messageId: "staticOutside",
          line: 28,
          column: 39,
          message: "10.20.0.9 lies outside the pools namespace team requires (team (10.10.0.0/24)): Calico ignores pool annotations for a static address",
        },
      ],
    },
    {
      name: "an ipAddrsNoIpam address outside the namespace's pools",
      yaml: stream(BASE, pod(ann("ipAddrsNoIpam", '["192.168.0.9"]'))),
      errors: [{ messageId: "staticOutside", line: 28, column: 45 }],
    },
    {
      name: "an IPv6 static address outside the namespace's ipv6pools",
      yaml: stream(
        pool("v6", "fd00:10::/112"),
        yaml`
          apiVersion: v1
          kind: Namespace
          metadata:
            name: team
            annotations:
              cni.projectcalico.org/ipv6pools: '["v6"]'
        `,
        pod(ann("ipAddrs", '["10.0.0.1", "fd00:11::1"]')),
      ),
      errors: [{ messageId: "staticOutside", line: 21, column: 51, message: "fd00:11::1 lies outside the pools namespace team requires (v6 (fd00:10::/112))" }],
    },
  ],
});
