/**
 * The two suppressions an editor offers for a finding, in the forms src/engine/suppress.ts reads:
 * a `# calico-ipam-lint-disable-next-line <rule>` comment above the YAML node that holds the
 * finding, and the `calico-ipam-lint.io/ignore` annotation on the object's own metadata. Both are
 * text edits of the buffer (offsets in UTF-16 units); nothing is written here. YAML only: JSON has
 * no comments, and its annotations are left to the hand.
 */
import type { SourceFile } from "../load/index.js";
import type { K8sObject } from "../model/index.js";
export interface OffsetEdit {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}
/** Insert (or extend) a disable-next-line comment above the YAML line whose node holds the finding. */
export declare function suppressLineEdit(file: SourceFile, offset: number, ruleId: string): OffsetEdit | null;
/** Add the rule to the object's `calico-ipam-lint.io/ignore` annotation, creating what is missing. */
export declare function suppressObjectEdit(file: SourceFile, object: K8sObject, ruleId: string): OffsetEdit | null;
