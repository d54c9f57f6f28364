import { type ValidateFunction } from "ajv";
import { type Node } from "../../model/index.js";
import type { Problem } from "./problems.js";
/**
 * The API server's checks from Calico's CRD schemas (and the operator's for Installation enums):
 * field types, enumerations, lengths, unknown fields. Compiled on first use.
 */
declare let compiled: {
    ippool: ValidateFunction;
    ippoolEnterprise: ValidateFunction;
    installation: ValidateFunction;
    reservation: ValidateFunction;
} | undefined;
export declare function validators(): NonNullable<typeof compiled>;
export declare function schemaProblems(root: Node, prefix: string, validate: ValidateFunction, kind: string, installation: boolean): Problem[];
export {};
