/**
 * `spec` of IPPool, `crd.projectcalico.org/v1` and `projectcalico.org/v3`. From crd.projectcalico.org_ippools.yaml, with these changes:
 * - cidr: -format (pool-invalid checks the CIDR itself, with clientv3's and the CEL rules' messages)
 * - blockSize: -minimum, -maximum (pool-invalid checks the tighter per-family range (20-32, 116-128) with Calico's message)
 * - allowedUses.items: -enum (pool-invalid quotes Calico's `unknown use: <x>` for an unknown use)
 * - ipipMode: enum +[""] (projectcalico.org/v3 accepts an empty mode (clientv3 defaults it to Never); one schema serves both API groups)
 * - vxlanMode: enum +[""] (as ipipMode)
 * - nodeSelector: maxLength 1024 (the CRD on Calico's master branch bounds selectors (calico-ipam.md 2.2); no release carries it yet)
 * - namespaceSelector: maxLength 1024 (as nodeSelector)
 * - +ipip (deprecated; CRDs up to v3.29 still carry it, so manifests written for them do too)
 * - +nat-outgoing (deprecated, as ipip)
 */
export declare const IPPOOL_SPEC_SCHEMA: {
    readonly $id: "calico-ipam-lint/ippool-spec";
    readonly type: "object";
    readonly required: readonly ["cidr"];
    readonly additionalProperties: false;
    readonly properties: {
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
};
/**
 * `spec` of IPReservation. From crd.projectcalico.org_ipreservations.yaml, with these changes:
 * - reservedCIDRs: -format (a format on an array is ignored by the API server; the rule checks each entry)
 */
export declare const IPRESERVATION_SPEC_SCHEMA: {
    readonly $id: "calico-ipam-lint/ipreservation-spec";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly properties: {
        readonly reservedCIDRs: {
            readonly items: {
                readonly type: "string";
            };
            readonly type: "array";
        };
    };
};
