import { type ValidateFunction } from "ajv";
import { type Node } from "../../model/index.js";
import type { Problem } from "./problems.js";
/**
 * The API server's checks from Calico's CRD schemas (and the operator's for Installation enums):
 * field types, enumerations, lengths, unknown fields. Each schema is compiled on first use, so a
 * run pays only for the kinds of object it meets (compiling all four took 40 ms of every run).
 * The schemas are ours, so Ajv does not check them against its meta-schema on every run (that
 * compiled the meta-schema first); a test does it once.
 */
declare const SCHEMAS: {
    readonly ippool: {
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
    readonly ippoolEnterprise: {
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
    readonly installation: {
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
    readonly reservation: {
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
};
export declare const AJV_OPTIONS: {
    readonly allErrors: true;
    readonly strict: false;
    readonly validateSchema: false;
};
type Validators = {
    readonly [K in keyof typeof SCHEMAS]: ValidateFunction;
};
export declare function validators(): Validators;
/** The schemas the validators are compiled from, for the test that checks them against Ajv's meta-schema. */
export declare const POOL_SCHEMAS: Readonly<Record<keyof typeof SCHEMAS, object>>;
export declare function schemaProblems(root: Node, prefix: string, validate: ValidateFunction, kind: string, installation: boolean): Problem[];
export {};
