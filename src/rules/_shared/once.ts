/**
 * `f` of each key, worked out the first time it is asked and kept while the key lives: what several
 * rules read of one model (or of one address, one list of pools) is read once per run.
 */
export function oncePer<K extends object, V>(f: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    let v = known.get(key);
    if (v === undefined) {
      v = f(key);
      known.set(key, v);
    }
    return v;
  };
}
