import AjvModule from "ajv";
import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/load/index.js";
import { AJV_OPTIONS, POOL_SCHEMAS } from "../../src/rules/pool-invalid/schema.js";
import type { LintOptions } from "../../src/engine/run.js";
import { ruleTester, stream } from "../rule-tester.js";

/** test.yaml as it was at the revision `main` (\`--changed-since main\`). */
const at = (text: string, path = "test.yaml"): LintOptions => ({ changedSince: { ref: "main", previous: new Map([[path, parseSource(path, text, true)]]) } });

/** An IPPool whose spec lines follow `cidr` (spec lines start at line 6). */
const pool = (cidr: string, extra = "", api = "projectcalico.org/v3") =>
  `apiVersion: ${api}\nkind: IPPool\nmetadata:\n  name: p\nspec:\n  cidr: ${cidr}\n${extra ? `${extra}\n` : ""}`;

const installation = (items: string) =>
  `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  calicoNetwork:\n    ipPools:\n${items}`;

const reservation = (entries: string) =>
  `apiVersion: crd.projectcalico.org/v1\nkind: IPReservation\nmetadata:\n  name: r\nspec:\n  reservedCIDRs: ${entries}\n`;

ruleTester("pool-invalid", {
  valid: [
    { name: "a plain /26", yaml: pool("1.2.3.0/26") },
    { name: "IPv6 /122 with modes Never", yaml: pool("aabb:aabb::/122", "  ipipMode: Never\n  vxlanMode: Never") },
    { name: "a disabled pool smaller than a block", yaml: pool("1.2.3.0/27", "  disabled: true") },
    { name: "a disabled IPv6 /128", yaml: pool("aabb:aabb::ffff/128", "  disabled: true", "crd.projectcalico.org/v1") },
    { name: "a name of 253 characters", yaml: pool("10.0.0.0/24").replace("name: p", `name: ${"p".repeat(253)}`) },
    { name: "an unchanged pool at the revision", yaml: pool("10.0.0.0/24", "  blockSize: 26"), options: at(pool("10.0.0.0/24")) },
    { name: "the same CIDR written another way at the revision", yaml: pool("fd00::/64"), options: at(pool("fd00:0:0::/64")) },
    { name: "a pool of another name at the revision", yaml: pool("10.1.0.0/24"), options: at(pool("10.0.0.0/24").replace("name: p", "name: q")) },
    {
      name: "a file holding two pools of one name (one per cluster) is not compared",
      yaml: stream(pool("10.1.0.0/24"), pool("10.2.0.0/24")),
      options: at(stream(pool("10.0.0.0/24"), pool("10.2.0.0/24"))),
    },
    { name: "a pool in a file that did not exist at the revision", yaml: pool("10.1.0.0/24"), options: at(pool("10.0.0.0/24"), "other.yaml") },
    { name: "loopback is not rejected by Calico", yaml: pool("127.0.0.0/8") },
    { name: "multicast is not rejected by Calico", yaml: pool("224.0.0.0/4") },
    { name: "VXLAN on IPv6", yaml: pool("fd00::/64", "  vxlanMode: Always") },
    { name: "IPIP CrossSubnet on IPv4", yaml: pool("10.0.0.0/16", "  ipipMode: CrossSubnet\n  natOutgoing: true") },
    { name: "YAML 1.1 boolean that kubectl reads as true", yaml: pool("10.0.0.0/16", "  natOutgoing: yes") },
    { name: "allowedUses Workload and Tunnel", yaml: pool("10.0.0.0/16", "  allowedUses: [Workload, Tunnel]") },
    { name: "a Tunnel pool without namespaceSelector", yaml: pool("10.0.0.0/16", "  allowedUses: [Tunnel]") },
    { name: "namespaceSelector with allowedUses Workload", yaml: pool("10.0.0.0/16", '  allowedUses: [Workload]\n  namespaceSelector: region == "east"') },
    { name: "a LoadBalancer pool set up right", yaml: pool("10.0.0.0/16", '  allowedUses: [LoadBalancer]\n  nodeSelector: "all()"') },
    { name: "blockSize at the bounds", yaml: stream(pool("10.0.0.0/16", "  blockSize: 20"), pool("fd00::/64", "  blockSize: 128")) },
    { name: "blockSize 0 means the default", yaml: pool("10.0.0.0/16", "  blockSize: 0") },
    { name: "assignmentMode Manual", yaml: pool("10.0.0.0/16", "  assignmentMode: Manual") },
    { name: "deprecated v1 fields", yaml: pool("10.0.0.0/16", "  ipip:\n    enabled: false\n  nat-outgoing: true", "crd.projectcalico.org/v1") },
    { name: "reservations with addresses and CIDRs (v3.32)", yaml: reservation('["10.0.0.1", "10.0.1.0/24", "cafe::1", "cafe:f00d::/96", "10.0.0.5/24"]') },
    { name: "an Installation pool the operator accepts", yaml: installation("    - cidr: 192.168.0.0/16\n      encapsulation: VXLANCrossSubnet\n      natOutgoing: Enabled\n      nodeSelector: all()\n") },
    {
      name: "a partial manifest that patches a pool defined elsewhere",
      files: { "patch.yaml": "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: p\nspec:\n  natOutgoing: true\n" },
      context: { "pools.yaml": pool("fd00::/64", "", "crd.projectcalico.org/v1") },
    },
    { name: "an implicit Installation pool", yaml: installation("").replace("    ipPools:\n", "    bgp: Enabled\n") },
    {
      name: "selectors in every form Calico's parser accepts",
      yaml: stream(
        pool("10.1.0.0/16", `  nodeSelector: kubernetes.io/hostname in {'node1', 'node2'} && !has(node-role.kubernetes.io/control-plane)`),
        pool("10.2.0.0/16", `  nodeSelector: "zone startswith 'eu-' || (rack != \\"0\\" && rack not in {})"`),
        pool("10.3.0.0/16", `  allowedUses: [Workload]\n  namespaceSelector: kubernetes.io/metadata.name ends with "-prod"`),
        pool("10.4.0.0/16", `  nodeSelector: "!all()"\n  allowedUses: [Workload]\n  namespaceSelector: ""`),
        pool("10.5.0.0/16", `  nodeSelector: |-\n    zone == "a"`),
      ),
    },
    { name: "a blank selector selects everything", yaml: pool("10.0.0.0/16", `  nodeSelector: "  "`) },
    { name: "an Installation pool with a label selector", yaml: installation("    - cidr: 192.168.0.0/16\n      nodeSelector: zone == 'a'\n") },
  ],
  invalid: [
    {
      name: "a crd.projectcalico.org/v1 /28 pool with /26 blocks is stored (the v3.32 CRD does not check the size), and IPAM finds no block in it",
      yaml: pool("10.0.0.0/28", "", "crd.projectcalico.org/v1"),
      errors: [{ messageId: "poolSmallerThanBlockStored", severity: "error", line: 6, column: 9, endColumn: 20, message: "No IPs available in pools: [10.0.0.0/28]" }],
    },
    {
      name: "a crd.projectcalico.org/v1 pool with host bits is stored, and IPAM uses the masked range: a warning",
      yaml: pool("10.0.0.5/16", "", "crd.projectcalico.org/v1"),
      errors: [{ messageId: "cidrNotMaskedStored", severity: "warning", line: 6, column: 9, message: "so the pool is 10.0.0.0/16" }],
    },
    {
      name: "a crd.projectcalico.org/v1 LoadBalancer pool with a nodeSelector is stored: a warning at the selector",
      yaml: pool("10.0.0.0/24", "  allowedUses: [LoadBalancer]\n  nodeSelector: zone == 'a'", "crd.projectcalico.org/v1"),
      errors: [{ messageId: "loadBalancerNodeSelectorStored", severity: "warning", line: 8, column: 17, endColumn: 28 }],
    },
    {
      name: "a crd.projectcalico.org/v1 pool with IPIP and VXLAN is refused by the CRD's CEL rule",
      yaml: pool("10.0.0.0/16", "  ipipMode: Always\n  vxlanMode: CrossSubnet", "crd.projectcalico.org/v1"),
      errors: [{ messageId: "ipipWithVxlan", severity: "error", line: 8, column: 14, message: "the crd.projectcalico.org/v1 IPPool CRD refuses the pool at kubectl apply with `ipipMode and vxlanMode cannot both be enabled`" }],
    },
    {
      name: "under Calico Enterprise a misspelt use lists HostSecondaryInterface among the uses",
      yaml: pool("10.0.0.0/16", "  allowedUses: [Secondary]"),
      settings: { calicoEdition: "enterprise" },
      errors: [{ messageId: "allowedUsesUnknown", line: 7, column: 17, message: "Use one of `Workload`, `Tunnel`, `LoadBalancer`, `HostSecondaryInterface`" }],
    },
    {
      name: "a CIDR with host bits",
      yaml: pool("10.0.0.5/24"),
      errors: [{ messageId: "cidrNotMasked", line: 6, column: 9, endLine: 6, endColumn: 20, message: "`IPPool CIDR is not strictly masked`" }],
    },
    {
      name: "a CIDR with host bits (HEAD text)",
      settings: { calicoVersion: "head" },
      yaml: pool("10.0.0.5/24"),
      errors: [{ messageId: "cidrNotMasked", line: 6, column: 9, message: "`IPPool CIDR must be strictly masked`" }],
    },
    {
      name: "a name of 254 characters",
      yaml: pool("10.0.0.0/24").replace("name: p", `name: ${"p".repeat(254)}`),
      errors: [{ messageId: "nameTooLong", line: 4, column: 9, endLine: 4, endColumn: 263, message: "must be no more than 253 characters`" }],
    },
    {
      name: "the cidr changed since the revision",
      yaml: pool("10.1.0.0/24"),
      options: at(pool("10.0.0.0/24")),
      errors: [{ messageId: "cidrChanged", line: 6, column: 9, endLine: 6, endColumn: 20, message: "reject the update of the pool that exists at main with `IPPool CIDR cannot be modified`" }],
    },
    {
      name: "a crd.projectcalico.org/v1 pool whose cidr text changed: the CRD's transition rule (self == oldSelf) compares the text",
      yaml: pool("fd00::/64", "", "crd.projectcalico.org/v1"),
      options: at(pool("fd00:0:0::/64", "", "crd.projectcalico.org/v1")),
      errors: [{ messageId: "cidrChanged", line: 6, column: 9, message: "the crd.projectcalico.org/v1 IPPool CRD refuses the update at kubectl apply of the pool that exists at main with `CIDR cannot be changed" }],
    },
    {
      name: "a crd.projectcalico.org/v1 pool whose blockSize changed from 26 to 24",
      yaml: pool("10.0.0.0/16", "  blockSize: 24", "crd.projectcalico.org/v1"),
      options: at(pool("10.0.0.0/16", "  blockSize: 26", "crd.projectcalico.org/v1")),
      errors: [{ messageId: "blockSizeChanged", line: 7, column: 14, message: "The blockSize was 26 at main" }],
    },
    {
      name: "a crd.projectcalico.org/v1 pool that adds a blockSize: the CRD's transition rule runs only when the field was there before, so the change is stored: a warning",
      yaml: pool("10.0.0.0/16", "  blockSize: 24", "crd.projectcalico.org/v1"),
      options: at(pool("10.0.0.0/16", "", "crd.projectcalico.org/v1")),
      errors: [{ messageId: "blockSizeChangedStored", severity: "warning", line: 7, column: 14, message: "The blockSize was 26 at main (unset, so the default)" }],
    },
    {
      name: "the cidr changed since the revision (HEAD text)",
      settings: { calicoVersion: "head" },
      yaml: pool("10.1.0.0/24"),
      options: at(pool("10.0.0.0/24")),
      errors: [{ messageId: "cidrChanged", line: 6, column: 9, message: "`CIDR cannot be changed; follow IP pool migration guide to avoid corruption.`" }],
    },
    {
      name: "the blockSize changed since the revision (26 by default then)",
      yaml: pool("10.0.0.0/24", "  blockSize: 25"),
      options: at(pool("10.0.0.0/24")),
      errors: [{ messageId: "blockSizeChanged", line: 7, column: 14, message: "`IPPool BlockSize cannot be modified`" }],
    },
    {
      name: "an Installation pool smaller than its block, even with disableNewAllocations",
      yaml: installation("    - cidr: 192.168.0.0/27\n      disableNewAllocations: true\n"),
      errors: [{ messageId: "installationPoolSmallerThanBlock", line: 8, column: 13, message: "`IP pool size is too small. It must be equal to or greater than the block size`" }],
    },
    { name: "a bare address", yaml: pool("10.0.0.1"), errors: [{ messageId: "cidrInvalid", line: 6, column: 9, message: "`IPPool CIDR must be a valid subnet`" }] },
    { name: "no cidr at all", yaml: "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: p\nspec:\n  blockSize: 26\n", errors: [{ messageId: "cidrRequired", line: 6, column: 3, message: "`IPPool CIDR must be specified`" }] },
    { name: "/33", yaml: pool("1.2.3.4/33"), errors: [{ messageId: "cidrInvalid", line: 6, column: 9, message: "valid subnet" }] },
    { name: "IPv4 link-local", yaml: pool("169.254.5.0/24"), errors: [{ messageId: "cidrLinkLocal", line: 6, column: 9, message: "`IPPool CIDR overlaps with IPv4 Link Local range 169.254.0.0/16`" }] },
    { name: "IPv6 link-local", yaml: pool("fe80::/120"), errors: [{ messageId: "cidrLinkLocal", line: 6, column: 9, message: "IPv6 Link Local range fe80::/10" }] },
    { name: "0.0.0.0/0 overlaps link-local", yaml: pool("0.0.0.0/0"), errors: [{ messageId: "cidrLinkLocal", line: 6, column: 9, message: "Link Local" }] },
    {
      name: "an IPv4 pool with an IPv6 block size",
      yaml: pool("10.0.0.0/24", "  blockSize: 122"),
      errors: [{ messageId: "blockSizeRange", line: 7, column: 14, endLine: 7, endColumn: 17, message: "`IPv4 block size must be between 20 and 32`" }],
    },
    { name: "blockSize 19", yaml: pool("1.2.3.0/24", "  blockSize: 19"), errors: [{ messageId: "blockSizeRange", line: 7, column: 14 }] },
    { name: "an enabled /27 with /26 blocks", yaml: pool("1.2.3.0/27"), errors: [{ messageId: "poolSmallerThanBlock", line: 6, column: 9, message: "It must be equal to or greater than the block size." }] },
    { name: "an IPv6 /128", yaml: pool("aabb:aabb::ffff/128"), errors: [{ messageId: "poolSmallerThanBlock", line: 6, column: 9, message: "too small" }] },
    { name: "IPIP on IPv6", yaml: pool("fd00::/120", "  ipipMode: Always"), errors: [{ messageId: "ipipOnIpv6", line: 7, column: 13, message: "`IPIP is not supported on an IPv6 IP pool`" }] },
    {
      name: "IPIP and VXLAN",
      yaml: pool("10.0.0.0/16", "  ipipMode: Always\n  vxlanMode: CrossSubnet"),
      errors: [{ messageId: "ipipWithVxlan", line: 8, column: 14, message: "`Cannot enable both VXLAN and IPIP on the same IPPool`" }],
    },
    {
      name: "lower-case enum values",
      yaml: pool("10.0.0.0/16", "  ipipMode: never\n  vxlanMode: badVal\n  assignmentMode: automatic"),
      errors: [
        { messageId: "schemaEnum", line: 7, column: 13, message: '`spec.ipipMode: Unsupported value: "never": supported values: "Never", "Always", "CrossSubnet"`' },
        { messageId: "schemaEnum", line: 8, column: 14 },
        { messageId: "schemaEnum", line: 9, column: 19, message: '"Automatic", "Manual"' },
      ],
    },
    {
      name: "a quoted number and a misspelt field",
      yaml: pool("10.0.0.0/16", '  blockSize: "26"\n  blocksize: 26'),
      errors: [
        { messageId: "schemaType", line: 7, column: 14, message: 'in body must be of type integer: "string"' },
        { messageId: "unknownField", line: 8, column: 3, severity: "warning", message: '`unknown field "spec.blocksize"`' },
      ],
    },
    {
      name: "unknown use and LoadBalancer mixed with Tunnel",
      yaml: stream(pool("10.0.0.0/16", '  allowedUses: ["Garbage"]'), pool("10.1.0.0/16", "  allowedUses: [LoadBalancer, Tunnel]")),
      errors: [
        { messageId: "allowedUsesUnknown", line: 7, column: 17, message: "`unknown use: Garbage`" },
        { messageId: "allowedUsesCombination", line: 15, column: 31, message: "`LoadBalancer cannot be used at the same time as: Tunnel`" },
      ],
    },
    {
      name: "LoadBalancer pool with VXLAN, disableBGPExport and a node selector",
      yaml: pool("10.0.0.0/16", '  allowedUses: [LoadBalancer]\n  vxlanMode: Always\n  disableBGPExport: true\n  nodeSelector: "!all()"'),
      errors: [
        { messageId: "loadBalancerEncapsulation", line: 8, column: 14, message: "Neither IPIPMode nor VXLANMode" },
        { messageId: "loadBalancerBgpExport", line: 9, column: 21, message: "must have DisableBGPExport set to true" },
        { messageId: "loadBalancerNodeSelector", line: 10, column: 17, message: "must have node selector set to all()" },
      ],
    },
    {
      name: "namespaceSelector with the default allowedUses",
      yaml: pool("10.0.0.0/16", '  namespaceSelector: region == "east"'),
      errors: [{ messageId: "tunnelNamespaceSelectorDefault", line: 7, column: 22, message: "Add `allowedUses: [Workload]`" }],
    },
    {
      name: "global() selectors",
      yaml: pool("10.0.0.0/16", '  allowedUses: [Workload]\n  nodeSelector: global()\n  namespaceSelector: "global()"'),
      errors: [
        { messageId: "selectorGlobal", line: 8, column: 17, message: "`global() selector is not valid for IPPool nodeSelector - use all() instead`" },
        { messageId: "selectorGlobal", line: 9, column: 22, message: "IPPool namespaceSelector" },
      ],
    },
    {
      name: "a nodeSelector that is not a selector (calico-cases D29), pointed at the first token Calico cannot read",
      yaml: pool("10.0.0.0/16", "  nodeSelector: this is not valid selector syntax"),
      errors: [
        {
          messageId: "selectorSyntax",
          line: 7,
          column: 22,
          endLine: 7,
          endColumn: 24,
          message:
            'nodeSelector `this is not valid selector syntax` is not a valid Calico selector (`expected operator after label "this"` at character 6): Calico\'s validator rejects the pool with `failed to validate Field: NodeSelector because of Tag: selector`, so it is never applied. Write a valid Calico selector',
        },
      ],
    },
    {
      name: "a namespaceSelector with an unclosed set (calico-cases C47 style)",
      yaml: pool("10.0.0.0/16", `  allowedUses: [Workload]\n  namespaceSelector: "team in {'a', 'b'"`),
      errors: [{ messageId: "selectorSyntax", line: 8, column: 39, endColumn: 40, message: "`failed to validate Field: NamespaceSelector because of Tag: selector`" }],
    },
    {
      name: "a crd.projectcalico.org pool is stored unvalidated, and IPAM fails at its selector",
      yaml: pool("10.0.0.0/16", "  nodeSelector: zone == 'a' ||", "crd.projectcalico.org/v1"),
      errors: [{ messageId: "selectorSyntaxCrd", line: 7, column: 30, message: "does not parse selectors, so kubectl stores the pool, and Calico IPAM then fails every automatic assignment" }],
    },
    {
      name: "an unquoted value",
      yaml: pool("10.0.0.0/16", "  nodeSelector: zone == east"),
      errors: [{ messageId: "selectorSyntax", line: 7, column: 25, endColumn: 29, message: "Quote the value" }],
    },
    {
      name: "a single = and a single &",
      yaml: stream(pool("10.0.0.0/16", `  nodeSelector: zone = "a"`), pool("10.1.0.0/16", `  nodeSelector: zone == "a" & rack == "1"`)),
      errors: [
        { messageId: "selectorSyntax", line: 7, column: 22, endColumn: 23, message: "`expected ==`" },
        { messageId: "selectorSyntax", line: 15, column: 29, endColumn: 30, message: "`expected &&`" },
      ],
    },
    {
      name: "a | block keeps its last line break, which Calico's tokenizer refuses",
      yaml: pool("10.0.0.0/16", '  nodeSelector: |\n    zone == "a"'),
      errors: [{ messageId: "selectorSyntax", line: 8, column: 16, message: "Write the selector on one line" }],
    },
    {
      name: "an invalid selector that also uses global()",
      yaml: pool("10.0.0.0/16", "  nodeSelector: global() && x"),
      errors: [
        { messageId: "selectorGlobal", line: 7, column: 17, message: "`global() selector is not valid for IPPool nodeSelector - use all() instead`" },
        { messageId: "selectorSyntax", line: 7, column: 29, endColumn: 30, message: "`unexpected end of string looking for op`" },
      ],
    },
    {
      name: "an Installation pool whose nodeSelector does not parse: the API server refuses the pool the operator creates",
      yaml: installation("    - cidr: 192.168.0.0/16\n      nodeSelector: has(zone\n"),
      errors: [{ messageId: "selectorSyntax", line: 9, column: 28, message: "the Calico API server rejects the pool the operator creates with `failed to validate Field: NodeSelector because of Tag: selector`" }],
    },
    {
      name: "Installation pools: operator messages",
      yaml: installation(
        "    - cidr: fd00::/64\n      encapsulation: IPIP\n    - cidr: 10.0.0.0/8\n      blockSize: 33\n      natOutgoing: true\n    - cidr: 10.0.0.0/8\n      encapsulation: ipip\n",
      ),
      errors: [
        { messageId: "installationIpipOnIpv6", line: 9, column: 22, message: "`IPIP encapsulation is not supported by IPv6 pools, but it is set for fd00::/64`" },
        { messageId: "installationBlockSizeRange", line: 11, column: 18, message: "`IPv4 pool block size must be greater than 19 and less than or equal to 32`" },
        { messageId: "schemaType", line: 12, column: 20, message: "natOutgoing in body must be of type string" },
        { messageId: "installationDuplicateCidr", line: 13, column: 13, message: "`IP pool 10.0.0.0/8 is specified more than once`" },
        { messageId: "operatorEnum", line: 14, column: 22, message: "`ipip is invalid for ipPool.encapsulation" },
      ],
    },
    {
      name: "an Installation LoadBalancer pool that also allows Workload",
      yaml: installation("    - cidr: 10.9.0.0/16\n      name: lb\n      allowedUses: [LoadBalancer, Workload]\n      encapsulation: VXLAN\n"),
      errors: [
        { messageId: "installationAllowedUsesCombination", line: 10, column: 20, message: "`IP pool lb AllowedUse LoadBalancer cannot be used with Workload/Tunnel`" },
        { messageId: "installationLoadBalancerEncapsulation", line: 11, column: 22, message: "`IP pool encapsulation must be none if allowedUse is LoadBalancer`" },
      ],
    },
    {
      name: "a reservation entry that is not a CIDR",
      yaml: reservation('["garbage", "10.0.1.0/33"]'),
      errors: [
        { messageId: "reservationInvalid", line: 6, column: 19, message: "`garbage` is neither a CIDR nor an IP address" },
        { messageId: "reservationInvalid", line: 6, column: 30 },
      ],
    },
    {
      name: "a bare address in a reservation on HEAD",
      settings: { calicoVersion: "head" },
      yaml: reservation('["10.0.0.1"]'),
      errors: [{ messageId: "reservationBareAddress", line: 6, column: 19, message: "Write `10.0.0.1/32`" }],
    },
  ],
});

describe("pool-invalid's schemas", () => {
  it("are valid JSON Schemas (the rule compiles them without checking them against the meta-schema)", () => {
    const ajv = new AjvModule.default({ ...AJV_OPTIONS, validateSchema: true });
    for (const [name, schema] of Object.entries(POOL_SCHEMAS)) expect(ajv.validateSchema(schema), `${name}: ${ajv.errorsText()}`).toBe(true);
  });
});
