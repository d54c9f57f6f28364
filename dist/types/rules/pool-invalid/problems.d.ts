import type { Span } from "../../model/index.js";
import type { Severity } from "../define-rule.js";
import type { MessageId } from "./messages.js";
export type { MessageId };
export type Data = Readonly<Record<string, string | number>>;
export interface Problem {
    readonly messageId: MessageId;
    readonly at: Span;
    readonly data: Data;
    readonly severity?: Severity;
}
/** What the checks of one object collect; the rule reports them against that object. */
export interface Ctx {
    /** Judge by Calico HEAD (the CRD's CEL rules) rather than v3.32 (clientv3 and the validator). */
    readonly head: boolean;
    /** Calico Enterprise (the configuration's `calicoEdition`, else an Installation's `spec.variant`): its fields and uses are accepted. */
    readonly enterprise: boolean;
    readonly problems: Problem[];
}
/** A check Calico refuses the object with: its message (./messages.ts) and the values it names. */
export declare function reject(c: Ctx, messageId: MessageId, at: Span, data?: Data): void;
/** Text safe inside a backtick span of the message: one line, no backtick. */
export declare const plain: (t: string) => string;
