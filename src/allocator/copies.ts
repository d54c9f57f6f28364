import { toPlain, type Model, type Pool } from "../model/index.js";

/**
 * Which of several pools of one name stands for the pool (lower first): a copy with a cidr (one
 * without is a patch of a pool defined elsewhere), an IPPool object over an Installation entry, then
 * an enabled and allocatable copy over a disabled one. Which copy of an object applied twice wins
 * depends on the apply order, which a repository does not fix, so the dry run takes the copy that
 * fails fewest pods: no error then rests on a disabled copy that may not be the one applied
 * (pool-invalid says the pool is defined twice with different specs).
 */
export const copyRank = (p: Pool): number => (p.cidr !== null ? 0 : 8) + (p.origin === "IPPool" ? 0 : 4) + (p.disabled ? 2 : 0) + (p.allocatable ? 0 : 1);

/**
 * The pools defined twice: for each IPPool name with full definitions (a cidr each) in two or more
 * files whose specs differ, every such definition. Which one Calico holds depends on the apply
 * order, so no finding may rest on the copy the dry run took: a rule asks whether a conclusion holds
 * for every copy (pool-invalid's `definedTwice` reports the pool itself).
 */
export function definedTwice(model: Model): ReadonlyMap<string, readonly Pool[]> {
  const cached = twice.get(model);
  if (cached) return cached;
  const byName = new Map<string, Pool[]>();
  for (const p of model.pools) {
    if (p.origin !== "IPPool" || p.cidr === null || p.name === "") continue;
    const list = byName.get(p.name);
    if (list) list.push(p);
    else byName.set(p.name, [p]);
  }
  const out = new Map<string, readonly Pool[]>();
  for (const [name, list] of byName) {
    if (list.length < 2 || new Set(list.map((p) => p.object.ref.file)).size < 2) continue;
    const specs = new Set(list.map((p) => JSON.stringify(toPlain(p.spec) ?? null)));
    if (specs.size > 1) out.set(name, list);
  }
  twice.set(model, out);
  return out;
}

const twice = new WeakMap<Model, ReadonlyMap<string, readonly Pool[]>>();
