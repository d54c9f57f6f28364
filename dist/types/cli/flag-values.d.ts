/** `--pod-cidr` (repeatable): validated as `podCidrs` is; kept trimmed, as the configuration's are read. */
export declare function podCidrArg(value: string, previous: string[]): string[];
/** `--namespace`: a name a namespace can have, or every object would land in one that cannot exist. */
export declare function namespaceArg(value: string): string;
/** A path or revision option: an empty value (an unset variable in a script) names nothing. */
export declare function pathArg(flag: string): (value: string) => string;
/** A repeatable path option. */
export declare function pathListArg(flag: string): (value: string, previous: string[]) => string[];
