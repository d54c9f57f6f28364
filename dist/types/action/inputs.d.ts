/**
 * A list input (`paths`, `context`): one path per line when the value has several lines (a YAML
 * block: a folder's name may hold spaces), else the one line split at whitespace, where single or
 * double quotes keep a name with spaces together (`paths: "my apps" cluster`).
 */
export declare function splitPaths(value: string): string[];
/** The Action's inputs, as action.yml declares them. */
export interface ActionInputs {
    readonly paths: string[];
    readonly context: string[];
    readonly config: string;
    readonly baseline: string;
    readonly failLevel: "error" | "warning";
    readonly sarif: string;
    readonly format: string;
    /** Where to write the HTML report (empty: none), for actions/upload-artifact. */
    readonly html: string;
}
