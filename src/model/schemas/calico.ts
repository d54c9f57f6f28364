/**
 * JSON Schemas (draft-07, as plain data) for the structure and enumerations of the Calico objects
 * the linter validates: what Calico's CRDs and the operator's Installation type accept. The
 * semantic checks (masking, ranges, combinations) live in the `pool-invalid` rule.
 *
 * IPPool and IPReservation come from Calico's CRDs at a pinned release (calico-crds.ts, made by
 * scripts/gen-calico-schemas.mjs). The Installation pool is still written by hand, after the
 * operator's API types: its CRD is tigera/operator's and is not generated from here.
 */

import { IPPOOL_SPEC_SCHEMA } from "./calico-crds.js";

export { IPPOOL_SPEC_SCHEMA, IPRESERVATION_SPEC_SCHEMA } from "./calico-crds.js";

/**
 * `spec` of IPPool under Calico Enterprise: Calico's, with Enterprise's `awsSubnetID` (the AWS subnet
 * that backs the pool, for egress gateways; docs.tigera.io calico-enterprise reference `IPPool`).
 * Its allowed use `HostSecondaryInterface` is checked by pool-invalid (the schema has no enum of uses).
 */
export const IPPOOL_SPEC_SCHEMA_ENTERPRISE = {
  ...IPPOOL_SPEC_SCHEMA,
  $id: `${IPPOOL_SPEC_SCHEMA.$id}-enterprise`,
  properties: { ...IPPOOL_SPEC_SCHEMA.properties, awsSubnetID: { type: "string" } },
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
