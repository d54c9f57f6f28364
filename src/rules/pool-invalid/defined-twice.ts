import { definedTwice } from "../../allocator/index.js";
import { OPERATOR_DEFAULT_POOL_NAME, toPlain, type Model, type Pool } from "../../model/index.js";
import type { Ctx } from "./problems.js";

/** The pools the operator (`fillDefaults`) and calico-node (`configureIPPools`) create by these names. */
export const DEFAULT_POOL_NAMES: ReadonlySet<string> = new Set(Object.values(OPERATOR_DEFAULT_POOL_NAME));

const specJson = (p: Pool): string => JSON.stringify(toPlain(p.spec) ?? null);

/**
 * One IPPool name with two full definitions (each with a cidr) in two files whose specs differ: one
 * object, and the copy applied last wins, which the files do not fix. A warning on each copy.
 * Within one file the order is fixed (kubectl applies it top to bottom; docs pages show one pool
 * per cluster), so only copies in different files are in question: among the names the
 * allocator finds defined twice so (`definedTwice`, once per model), the first copy in another
 * file with another spec.
 */
export function checkDefinedTwice(c: Ctx, pool: Pool, model: Model): void {
  if (!pool.name || pool.cidr === null) return;
  const copies = definedTwice(model).get(pool.name) ?? [];
  const other = copies.find((o) => o !== pool && o.object.ref.file !== pool.object.ref.file && specJson(o) !== specJson(pool));
  if (!other) return;
  const mine = (toPlain(pool.spec) ?? {}) as Record<string, unknown>;
  const theirs = (toPlain(other.spec) ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].filter((k) => JSON.stringify(mine[k]) !== JSON.stringify(theirs[k]));
  c.problems.push({
    messageId: "definedTwice",
    at: pool.object.ref.span,
    severity: "warning",
    data: { name: pool.name, where: other.object.ref.file, fields: fields.map((f) => `\`${f}\``).join(", ") },
  });
}
