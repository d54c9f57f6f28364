import { effectiveBlockSize, ipPoolsIn, sameCIDR, type Model, type Pool } from "../../model/index.js";
import { reject, type Ctx } from "./problems.js";

/** The IPPools of each file at the revision, by path, read once per run. */
export type PreviousPools = Map<string, Pool[]>;

/**
 * `cidr` and `blockSize` cannot change on an existing pool (calico-fidelity.md F1, F6): with
 * `--changed-since REF`, a pool of the same name in the same file at REF is taken to exist in the
 * cluster, and applying the new manifest is an update that Calico refuses. An identical CIDR written
 * another way is fine (`cidrChangeOK`); the block size compares after defaulting (26 / 122).
 */
export function checkUpdate(c: Ctx, pool: Pool, model: Model, previous: PreviousPools): void {
  const since = model.changedSince;
  const spec = pool.spec;
  if (!since || !spec || !pool.cidr || pool.object.contextOnly) return;
  const file = since.previous.get(pool.object.ref.file);
  if (!file) return;
  let pools = previous.get(file.path);
  if (!pools) {
    pools = ipPoolsIn(file);
    previous.set(file.path, pools);
  }
  // One pool of that name in the file, then and now; a file that holds several (one per cluster)
  // cannot say which was which.
  const then = pools.filter((p) => p.object.ref.name === pool.name);
  const now = model.pools.filter((p) => p.origin === "IPPool" && p.name === pool.name && p.object.ref.file === pool.object.ref.file);
  const old = then.length === 1 && now.length === 1 ? then[0] : undefined;
  const oldText = old?.cidrText?.value;
  const oldCidr = old?.cidr ?? null;
  if (!old || !oldCidr) return;
  const head = c.head;
  const by = head ? "the IPPool CRD rejects the update" : "calicoctl and the Calico API server reject the update";
  const cidrW = pool.written.cidr;
  if (cidrW && !sameCIDR(oldCidr, pool.cidr)) {
    reject(c, "cidrChanged", cidrW.span, {
      by,
      error: head ? "CIDR cannot be changed; follow IP pool migration guide to avoid corruption." : "IPPool CIDR cannot be modified",
      was: oldText ?? "",
      ref: since.ref,
    });
  }
  const size = effectiveBlockSize(pool.written.blockSize?.value, oldCidr.family);
  const was = effectiveBlockSize(old.written.blockSize?.value, oldCidr.family);
  if (sameCIDR(oldCidr, pool.cidr) && size !== was) {
    reject(c, "blockSizeChanged", pool.written.blockSize?.span ?? cidrW?.span ?? spec.span, {
      by,
      error: head ? "Block size cannot be changed; follow IP pool migration guide to avoid corruption." : "IPPool BlockSize cannot be modified",
      was,
      ref: since.ref,
    });
  }
}
