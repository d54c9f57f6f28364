/**
 * `f` of each key, worked out the first time it is asked and kept while the key lives: what several
 * rules read of one model (or of one address, one list of pools) is read once per run.
 */
export declare function oncePer<K extends object, V>(f: (key: K) => V): (key: K) => V;
