import { ruleTester, stream, yaml } from "../rule-tester.js";

const pool = (extra: string, cidr = "10.0.0.0/24") =>
  `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: p\nspec:\n  cidr: ${cidr}\n${extra ? `${extra}\n` : ""}`;

const POD = yaml`
  apiVersion: v1
  kind: Pod
  metadata:
    name: foo
`;

const complete = { poolsComplete: true };

/** A Workload pool that serves only the namespaces its namespaceSelector selects. */
const nsPool = (selector: string, name = "prod-pool", cidr = "10.0.0.0/24") =>
  `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n  allowedUses: [Workload]\n  namespaceSelector: ${selector}\n`;
const ns = (name: string, labels: Record<string, string> = {}) =>
  `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n${Object.keys(labels).length > 0 ? `  labels:\n${Object.entries(labels).map(([k, v]) => `    ${k}: ${v}\n`).join("")}` : ""}`;
const podIn = (namespace: string, annotations = "") => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: foo\n  namespace: ${namespace}\n${annotations}`;
const PROD_ONLY = nsPool("environment == 'production'");

/** A pod that names its pools (calico-cases.md C14, H30). */
const namer = (key: string, value: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: foo\n  annotations:\n    cni.projectcalico.org/${key}: '${value}'\n`;
const lbPool = pool("  allowedUses: [LoadBalancer]").replace("name: p", "name: lb");

ruleTester("no-usable-pool", {
  valid: [
    { name: "an automatic workload pool", settings: complete, yaml: stream(pool(""), POD) },
    { name: "pools not declared complete", yaml: stream(pool("  disabled: true"), POD) },
    { name: "no pools known at all", settings: complete, yaml: POD },
    {
      name: "a Manual pool named in the annotation",
      settings: complete,
      yaml: stream(pool("  assignmentMode: Manual"), yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: foo
          annotations:
            cni.projectcalico.org/ipv4pools: '["p"]'
      `),
    },
    {
      name: "a static address takes no default pool",
      settings: complete,
      yaml: stream(pool("  assignmentMode: Manual"), yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: foo
          annotations:
            cni.projectcalico.org/ipAddrs: '["10.0.0.5"]'
      `),
    },
    {
      name: "a disabled IPv6 pool does not make pods ask for IPv6",
      settings: complete,
      yaml: stream(pool(""), pool("  disabled: true", "fd00::/64").replace("name: p", "name: v6"), POD),
    },
    { name: "requested pools: one of them allows Workload", yaml: stream(lbPool, pool("", "10.1.0.0/24"), namer("ipv4pools", '["lb", "p"]')) },
    {
      name: "requested pools: a LoadBalancer pool in ipv6pools when ipFamilies assigns no IPv6 address",
      yaml: stream(pool(""), lbPool.replace("10.0.0.0/24", "fd00::/120"), `${namer("ipv6pools", '["lb"]')}    cni.projectcalico.org/ipFamilies: '["IPv4"]'\n`),
    },
    { name: "requested pools: an entry Calico rejects earlier is left to unknown-pool", yaml: stream(lbPool, namer("ipv4pools", '["lb", "nope"]')) },
    {
      name: "requested pools: ignored on the static path",
      yaml: stream(lbPool, pool("", "10.1.0.0/24"), `${namer("ipv4pools", '["lb"]')}    cni.projectcalico.org/ipAddrs: '["10.1.0.5"]'\n`),
    },
    { name: "a hostNetwork pod", settings: complete, yaml: stream(pool("  disabled: true"), `${POD}spec:\n  hostNetwork: true\n`) },
    { name: "namespaceSelector: the namespace's labels match (calico-cases C40)", settings: complete, yaml: stream(PROD_ONLY, ns("prod", { environment: "production" }), podIn("prod")) },
    { name: "namespaceSelector: the namespace is not in the files, so its labels may match", settings: complete, yaml: stream(PROD_ONLY, podIn("dev")) },
    {
      name: "namespaceSelector: Kubernetes labels every namespace with kubernetes.io/metadata.name",
      settings: complete,
      yaml: stream(nsPool("kubernetes.io/metadata.name in {'dev', 'test'}"), ns("dev"), podIn("dev")),
    },
    {
      name: "namespaceSelector: != matches a namespace without the label",
      settings: complete,
      yaml: stream(nsPool("environment != 'production'"), ns("dev"), podIn("dev")),
    },
    {
      name: "namespaceSelector: a requested pool is used whatever its selector says (calico-cases C48)",
      settings: complete,
      yaml: stream(PROD_ONLY, ns("dev", { environment: "development" }), podIn("dev", "  annotations:\n    cni.projectcalico.org/ipv4pools: '[\"prod-pool\"]'\n")),
    },
    {
      name: "namespaceSelector: the namespace's annotation requests the pool",
      settings: complete,
      yaml: stream(PROD_ONLY, `${ns("dev", { environment: "development" })}  annotations:\n    cni.projectcalico.org/ipv4pools: '["prod-pool"]'\n`, podIn("dev")),
    },
    { name: "namespaceSelector: pools not declared complete", yaml: stream(PROD_ONLY, ns("dev", { environment: "development" }), podIn("dev")) },
    {
      name: "namespaceSelector: another automatic pool without a selector serves the namespace",
      settings: complete,
      yaml: stream(PROD_ONLY, pool("", "10.1.0.0/24"), ns("dev", { environment: "development" }), podIn("dev")),
    },
    {
      name: "namespaceSelector: one of two Namespace manifests of that name (overlays) matches",
      settings: complete,
      yaml: stream(PROD_ONLY, ns("app", { environment: "development" }), ns("app", { environment: "production" }), podIn("app")),
    },
    {
      name: "namespaceSelector: a kustomization beside the Namespace adds labels at build time, so its labels are unknown",
      settings: complete,
      files: {
        "cluster/pools.yaml": PROD_ONLY,
        "overlays/prod/kustomization.yaml": "resources: [namespace.yaml, app.yaml]\nlabels:\n  - pairs: {environment: production}\n",
        "overlays/prod/namespace.yaml": ns("app"),
        "overlays/prod/app.yaml": podIn("app"),
      },
    },
    {
      name: "namespaceSelector: the same with commonLabels in a kustomization above the Namespace",
      settings: complete,
      files: {
        "pools.yaml": PROD_ONLY,
        "kustomization.yaml": "commonLabels:\n  environment: production\nresources: [base/namespace.yaml]\n",
        "base/namespace.yaml": ns("app"),
        "base/app.yaml": podIn("app"),
      },
    },
    {
      name: "namespaceSelector that does not parse: left to pool-invalid, taken to match",
      settings: complete,
      yaml: stream(nsPool("environment == production"), ns("dev", { environment: "development" }), podIn("dev")),
    },
  ],
  invalid: [
    {
      name: "P6 (near miss of the kustomize cases): a kustomization that adds no labels, or one in another directory",
      settings: complete,
      files: {
        "cluster/pools.yaml": PROD_ONLY,
        "apps/kustomization.yaml": "resources: [namespace.yaml, app.yaml]\nnamespace: app\n",
        "apps/namespace.yaml": ns("app", { environment: "development" }),
        "apps/app.yaml": podIn("app"),
        "other/kustomization.yaml": "labels:\n  - pairs: {environment: production}\n",
      },
      errors: [{ messageId: "P6", file: "apps/app.yaml", line: 4, column: 9 }],
    },
    {
      name: "P4: every IPv4 pool disabled",
      settings: complete,
      yaml: stream(pool("  disabled: true"), POD),
      errors: [{ messageId: "P4", line: 12, column: 9, endLine: 12, endColumn: 12, message: "`cannot find a qualified ippool`" }],
    },
    {
      name: "P6: only a Manual pool and a !all() pool",
      settings: complete,
      yaml: stream(pool("  assignmentMode: Manual"), pool('  nodeSelector: "!all()"', "10.1.0.0/24").replace("name: p", "name: q"), POD),
      errors: [{ messageId: "P6", line: 20, column: 9, message: "`no configured Calico pools for node <node>`" }],
    },
    {
      name: "P6: the only pool's namespaceSelector does not select the pod's namespace (calico-cases C41)",
      settings: complete,
      yaml: stream(PROD_ONLY, ns("dev", { environment: "development" }), podIn("dev")),
      errors: [
        {
          messageId: "P6",
          line: 20,
          column: 9,
          endLine: 20,
          endColumn: 12,
          message:
            "Pod dev/foo takes its IPv4 address from the default pools, but no enabled IPv4 pool selects it (the namespaceSelector `environment == 'production'` of prod-pool (10.0.0.0/24) does not select namespace dev; the labels of namespace dev are `environment: development` and `kubernetes.io/metadata.name: dev`): Calico fails the pod with `no configured Calico pools for node <node>`. Label namespace dev so that a pool's namespaceSelector selects it",
        },
      ],
    },
    {
      name: "P6: a selector on kubernetes.io/metadata.name, a Manual pool and a !all() pool",
      settings: complete,
      yaml: stream(
        nsPool('kubernetes.io/metadata.name == "prod"'),
        pool("  assignmentMode: Manual", "10.1.0.0/24").replace("name: p", "name: manual"),
        pool('  nodeSelector: "!all()"', "10.2.0.0/24").replace("name: p", "name: pinned"),
        ns("dev"),
        podIn("dev"),
      ),
      errors: [
        {
          messageId: "P6",
          line: 34,
          column: 9,
          message:
            'the namespaceSelector `kubernetes.io/metadata.name == "prod"` of prod-pool (10.0.0.0/24) does not select namespace dev, manual (10.1.0.0/24) has `assignmentMode: Manual` and pinned (10.2.0.0/24) has `nodeSelector: "!all()"`; the labels of namespace dev are `kubernetes.io/metadata.name: dev`',
        },
      ],
    },
    {
      name: "P6: projectcalico.org/name is a policy label, not a label of the Namespace that IPAM reads",
      settings: complete,
      yaml: stream(nsPool("projectcalico.org/name == 'dev'"), ns("dev"), podIn("dev")),
      errors: [{ messageId: "P6", line: 18, column: 9, message: "select on `kubernetes.io/metadata.name` instead" }],
    },
    {
      name: "P6 for every replica source in the namespace, whichever pool serves others",
      settings: complete,
      yaml: stream(PROD_ONLY, nsPool("environment == 'staging'", "staging-pool", "10.1.0.0/24"), ns("dev", { environment: "development" }), ns("prod", { environment: "production" }), podIn("prod"), podIn("dev")),
      errors: [{ messageId: "P6", line: 42, column: 9, message: "namespace dev" }],
    },
    {
      name: "P5, not P6: the namespace's pool is gone before the use filter, and the Tunnel pool left allows no Workload",
      settings: complete,
      yaml: stream(PROD_ONLY, pool("  allowedUses: [Tunnel]", "10.1.0.0/24"), ns("dev", { environment: "development" }), podIn("dev")),
      errors: [{ messageId: "P5", line: 28, column: 9, message: "no pools match the required use (Workload)" }],
    },
    {
      name: "P5: only a Tunnel pool, with the pod lifting its namespace's list",
      settings: complete,
      yaml: stream(pool("  allowedUses: [Tunnel]"), yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: foo
          annotations:
            cni.projectcalico.org/ipv4pools: '[]'
      `),
      errors: [{ messageId: "P5", line: 14, column: 38, message: "no pools match the required use (Workload)" }],
    },
    {
      name: "requested pools: only a LoadBalancer pool (no completeness setting needed)",
      yaml: stream(lbPool, pool("", "10.1.0.0/24"), namer("ipv4pools", '["lb"]')),
      errors: [
        {
          messageId: "requestedNoWorkload",
          line: 21,
          column: 38,
          endLine: 21,
          endColumn: 46,
          message: "`cannot find a qualified ippool, no pools match the required use (Workload)`",
        },
      ],
    },
    {
      name: "requested pools: a Tunnel pool by CIDR, on a Namespace",
      yaml: stream(
        pool("  allowedUses: [Tunnel]"),
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns\n  annotations:\n    cni.projectcalico.org/ipv4pools: '[\"10.0.0.0/24\"]'\n",
      ),
      errors: [{ messageId: "requestedNoWorkload", line: 14, column: 38, message: "every pod in namespace ns that does not set its own ipv4pools" }],
    },
    {
      name: "P4: ipFamilies asks for IPv6 and there is no IPv6 pool",
      settings: complete,
      yaml: stream(pool(""), yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: bar
        spec:
          template:
            metadata:
              annotations:
                cni.projectcalico.org/ipFamilies: '["IPv6"]'
            spec: {}
      `),
      errors: [{ messageId: "P4", line: 11, column: 9, message: "drop IPv6 from" }],
    },
  ],
});
