import { type Written } from "../../model/index.js";
import { type Ctx } from "./problems.js";
export type SelectorField = "nodeSelector" | "namespaceSelector";
/** `global()` is for network policy, not pools (the validator, and HEAD's CEL rule). */
export declare function globalText(field: SelectorField, head: boolean): string;
/**
 * A selector Calico's parser refuses (`validate:"omitempty,selector"` on both IPPool selectors).
 * The validator's `selector` tag gives no reason of its own, only
 * `error with field NodeSelector = '<value>' (Reason: failed to validate Field: NodeSelector because of Tag: selector )`;
 * the parser's complaint (calico:libcalico-go/lib/selector) says where and why.
 */
export declare function checkSelectorSyntax(c: Ctx, w: Written<string> | undefined, field: SelectorField, by: string, crd: boolean, dormant?: string): void;
/**
 * `nodeSelector: !all()` without quotes is a YAML tag on an empty value, not a selector: kubectl
 * sends `""`, and an empty selector selects everything (libcalico-go `SelectsNode`,
 * `SelectsNamespace`; the operator's `fillDefaults` makes it `all()`), the opposite of what
 * `!all()` says. The pool is stored and used.
 */
export declare function checkTaggedSelector(c: Ctx, w: Written<string> | undefined, field: SelectorField): void;
