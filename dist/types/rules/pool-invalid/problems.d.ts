import type { Span } from "../../model/index.js";
import type { Severity } from "../define-rule.js";
/** pool-invalid's messages (templates in ../pool-invalid.ts). */
export type MessageId = "rejected" | "schema" | "unknownField" | "reservation";
export interface Problem {
    readonly messageId: MessageId;
    readonly at: Span;
    readonly data: Record<string, string>;
    readonly severity?: Severity;
}
/** What the checks of one object collect; the rule reports them against that object. */
export interface Ctx {
    /** Judge by Calico HEAD (the CRD's CEL rules) rather than v3.32 (clientv3 and the validator). */
    readonly head: boolean;
    readonly problems: Problem[];
}
/** A check Calico refuses the object with: what is wrong, who refuses it, Calico's text, the fix. */
export declare function reject(c: Ctx, at: Span, by: string, error: string, what: string, fix: string): void;
/** Text safe inside a backtick span of the message: one line, no backtick. */
export declare const plain: (t: string) => string;
