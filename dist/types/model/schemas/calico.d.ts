/**
 * JSON Schemas (draft-07, as plain data) for the structure and enumerations of the Calico objects
 * the linter validates: what Calico's CRDs and the operator's Installation type accept. The
 * semantic checks (masking, ranges, combinations) live in the `pool-invalid` rule.
 *
 * IPPool and IPReservation come from Calico's CRDs at a pinned release (calico-crds.ts, made by
 * scripts/gen-calico-schemas.mjs). The Installation pool is still written by hand, after the
 * operator's API types: its CRD is tigera/operator's and is not generated from here.
 */
export { IPPOOL_SPEC_SCHEMA, IPRESERVATION_SPEC_SCHEMA } from "./calico-crds.js";
/**
 * `spec` of IPPool under Calico Enterprise: Calico's, with Enterprise's `awsSubnetID` (the AWS subnet
 * that backs the pool, for egress gateways; docs.tigera.io calico-enterprise reference `IPPool`).
 * Its allowed use `HostSecondaryInterface` is checked by pool-invalid (the schema has no enum of uses).
 */
export declare const IPPOOL_SPEC_SCHEMA_ENTERPRISE: {
    readonly $id: "calico-ipam-lint/ippool-spec-enterprise";
    readonly properties: {
        readonly awsSubnetID: {
            readonly type: "string";
        };
        readonly allowedUses: {
            readonly items: {
                readonly type: "string";
            };
            readonly maxItems: 10;
            readonly type: "array";
        };
        readonly assignmentMode: {
            readonly enum: readonly ["Automatic", "Manual"];
            readonly type: "string";
        };
        readonly blockSize: {
            readonly type: "integer";
        };
        readonly cidr: {
            readonly maxLength: 48;
            readonly type: "string";
        };
        readonly disableBGPExport: {
            readonly type: "boolean";
        };
        readonly disabled: {
            readonly type: "boolean";
        };
        readonly ipipMode: {
            readonly enum: readonly ["", "Never", "Always", "CrossSubnet"];
            readonly type: "string";
        };
        readonly namespaceSelector: {
            readonly type: "string";
            readonly maxLength: 1024;
        };
        readonly natOutgoing: {
            readonly type: "boolean";
        };
        readonly nodeSelector: {
            readonly type: "string";
            readonly maxLength: 1024;
        };
        readonly vxlanMode: {
            readonly enum: readonly ["", "Never", "Always", "CrossSubnet"];
            readonly type: "string";
        };
        readonly ipip: {
            readonly type: "object";
        };
        readonly "nat-outgoing": {
            readonly type: "boolean";
        };
    };
    readonly type: "object";
    readonly required: readonly ["cidr"];
    readonly additionalProperties: false;
};
/** One entry of an operator `Installation`'s `spec.calicoNetwork.ipPools`. */
export declare const INSTALLATION_POOL_SCHEMA: {
    readonly $id: "calico-ipam-lint/installation-pool";
    readonly type: "object";
    readonly required: readonly ["cidr"];
    readonly additionalProperties: false;
    readonly properties: {
        readonly name: {
            readonly type: "string";
        };
        readonly cidr: {
            readonly type: "string";
        };
        readonly encapsulation: {
            readonly type: "string";
            readonly enum: readonly ["IPIPCrossSubnet", "IPIP", "VXLAN", "VXLANCrossSubnet", "None"];
        };
        readonly natOutgoing: {
            readonly type: "string";
            readonly enum: readonly ["Enabled", "Disabled"];
        };
        readonly nodeSelector: {
            readonly type: "string";
        };
        readonly blockSize: {
            readonly type: "integer";
        };
        readonly disableBGPExport: {
            readonly type: "boolean";
        };
        readonly disableNewAllocations: {
            readonly type: "boolean";
        };
        readonly allowedUses: {
            readonly type: "array";
            readonly items: {
                readonly type: "string";
                readonly enum: readonly ["Workload", "Tunnel", "LoadBalancer"];
            };
        };
        readonly assignmentMode: {
            readonly type: "string";
            readonly enum: readonly ["Automatic", "Manual"];
        };
    };
};
