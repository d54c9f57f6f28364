/** Said once on stderr (the log, in the Action) when the pool rules had nothing to check against. */
export declare function noPoolsNotice(poolsKnown: boolean, podSources: number): string | null;
