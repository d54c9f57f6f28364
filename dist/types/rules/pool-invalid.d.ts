/**
 * The pool objects Calico refuses. The checks live in ./pool-invalid/, one file per kind of object
 * or group of checks: the CRD schema (schema.ts), IPPool objects (ippool.ts), Installation pools
 * (installation.ts), selectors (selector.ts), changes since a revision (update.ts), IPReservations
 * (reservation.ts), one pool defined in two files (defined-twice.ts). They read the model's pools, whose
 * `written` fields locate what they judge. Each check reports under its own message (messages.ts),
 * named after what Calico checks.
 */
declare const _default: import("./define-rule.js").Rule<"cidrRequired" | "cidrInvalid" | "cidrNotMasked" | "cidrLinkLocal" | "blockSizeRange" | "poolSmallerThanBlock" | "ipipOnIpv6" | "ipipWithVxlan" | "allowedUsesUnknown" | "allowedUsesCombination" | "loadBalancerEncapsulation" | "loadBalancerBgpExport" | "loadBalancerNodeSelector" | "tunnelNamespaceSelector" | "tunnelNamespaceSelectorDefault" | "selectorGlobal" | "nameTooLong" | "selectorSyntax" | "selectorSyntaxCrd" | "taggedSelector" | "cidrChanged" | "blockSizeChanged" | "definedTwice" | "installationCidrRequired" | "installationCidrInvalid" | "installationBlockSizeRange" | "installationPoolSmallerThanBlock" | "installationIpipOnIpv6" | "installationEncapsulationHostLocal" | "installationNonCalicoCniEncapsulation" | "installationNonCalicoCniNodeSelector" | "installationAllowedUsesCombination" | "installationLoadBalancerEncapsulation" | "installationLoadBalancerBgpExport" | "installationLoadBalancerNodeSelector" | "installationSelectorGlobal" | "installationDuplicateCidr" | "installationDuplicateName" | "schemaEnum" | "operatorEnum" | "schemaType" | "schemaMaxLength" | "schemaMaxItems" | "schemaBounds" | "unknownField" | "reservationEmpty" | "reservationInvalid" | "reservationBareAddress">;
export default _default;
