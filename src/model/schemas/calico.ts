/**
 * JSON Schemas (draft-07, as plain data) for the structure and enumerations of the Calico objects
 * the linter validates: what Calico's CRDs and the operator's Installation type accept. The
 * semantic checks (masking, ranges, combinations) live in the `pool-invalid` rule.
 */

const MODES = ["", "Never", "Always", "CrossSubnet"];

/** `spec` of IPPool, `projectcalico.org/v3` and `crd.projectcalico.org/v1`. */
export const IPPOOL_SPEC_SCHEMA = {
  $id: "calico-ipam-lint/ippool-spec",
  type: "object",
  required: ["cidr"],
  additionalProperties: false,
  properties: {
    cidr: { type: "string", maxLength: 48 },
    // The CRD also bounds it to 0–128; the rule checks the tighter per-family range itself.
    blockSize: { type: "integer" },
    ipipMode: { type: "string", enum: MODES },
    vxlanMode: { type: "string", enum: MODES },
    natOutgoing: { type: "boolean" },
    disabled: { type: "boolean" },
    disableBGPExport: { type: "boolean" },
    nodeSelector: { type: "string", maxLength: 1024 },
    namespaceSelector: { type: "string", maxLength: 1024 },
    // Items are checked by the rule, to quote Calico's `unknown use: <x>`.
    allowedUses: { type: "array", maxItems: 10, items: { type: "string" } },
    assignmentMode: { type: "string", enum: ["Automatic", "Manual"] },
    // Deprecated fields that old crd.projectcalico.org/v1 schemas still carry.
    ipip: { type: "object" },
    "nat-outgoing": { type: "boolean" },
  },
} as const;

/** One entry of an operator `Installation`'s `spec.calicoNetwork.ipPools`. */
export const INSTALLATION_POOL_SCHEMA = {
  $id: "calico-ipam-lint/installation-pool",
  type: "object",
  required: ["cidr"],
  additionalProperties: false,
  properties: {
    name: { type: "string" },
    cidr: { type: "string" },
    encapsulation: { type: "string", enum: ["IPIPCrossSubnet", "IPIP", "VXLAN", "VXLANCrossSubnet", "None"] },
    natOutgoing: { type: "string", enum: ["Enabled", "Disabled"] },
    nodeSelector: { type: "string" },
    blockSize: { type: "integer" },
    disableBGPExport: { type: "boolean" },
    disableNewAllocations: { type: "boolean" },
    allowedUses: { type: "array", items: { type: "string", enum: ["Workload", "Tunnel", "LoadBalancer"] } },
    assignmentMode: { type: "string", enum: ["Automatic", "Manual"] },
  },
} as const;

/** `spec` of IPReservation. */
export const IPRESERVATION_SPEC_SCHEMA = {
  $id: "calico-ipam-lint/ipreservation-spec",
  type: "object",
  additionalProperties: false,
  properties: {
    reservedCIDRs: { type: "array", items: { type: "string" } },
  },
} as const;
