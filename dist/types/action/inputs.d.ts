/**
 * A list input (`paths`, `context`): one path per line when the value has several lines (a YAML
 * block: a folder's name may hold spaces), else the one line split at whitespace, where single or
 * double quotes keep a name with spaces together (`paths: "my apps" cluster`).
 */
export declare function splitPaths(value: string): string[];
