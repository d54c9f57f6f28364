import { apiGroup, effectiveBlockSize, ipPoolsIn, sameCIDR, type Model, type Pool } from "../../model/index.js";
import { reject, type Ctx } from "./problems.js";

/** The IPPools of each file at the revision by their objects' names, by path, read once per run. */
export type PreviousPools = Map<string, Map<string, Pool[]>>;

/**
 * `cidr` and `blockSize` cannot change on an existing pool (calico-fidelity.md F1, F6): with
 * `--changed-since REF`, a pool of the same name in the same file at REF is taken to exist in the
 * cluster, and applying the new manifest is an update that Calico refuses. An identical CIDR written
 * another way is fine (`cidrChangeOK`); the block size compares after defaulting (26 / 122).
 * `namesakes`: the model's pools of the pool's name, in its order.
 */
export function checkUpdate(c: Ctx, pool: Pool, model: Model, previous: PreviousPools, namesakes: readonly Pool[]): void {
  const since = model.changedSince;
  const spec = pool.spec;
  if (!since || !spec || !pool.cidr || pool.object.contextOnly) return;
  const file = since.previous.get(pool.object.ref.file);
  if (!file) return;
  let pools = previous.get(file.path);
  if (!pools) {
    pools = new Map();
    for (const p of ipPoolsIn(file)) {
      const name = p.object.ref.name;
      if (name === undefined) continue;
      const list = pools.get(name);
      if (list) list.push(p);
      else pools.set(name, [p]);
    }
    previous.set(file.path, pools);
  }
  // One pool of that name in the file, then and now; a file that holds several (one per cluster)
  // cannot say which was which.
  const then = pools.get(pool.name) ?? [];
  const now = namesakes.filter((p) => p.origin === "IPPool" && p.object.ref.file === pool.object.ref.file);
  const old = then.length === 1 && now.length === 1 ? then[0] : undefined;
  const oldText = old?.cidrText?.value;
  const oldCidr = old?.cidr ?? null;
  if (!old || !oldCidr) return;
  // A crd.projectcalico.org/v1 pool under v3.32 is checked by the CRD's transition rules
  // (`self == oldSelf` on cidr and blockSize): the text compares, and a rule runs only when the
  // field is there before and after.
  const v1 = !c.head && apiGroup(pool.object.ref.apiVersion) === "crd.projectcalico.org";
  const head = c.head || v1;
  const by = v1 ? "the crd.projectcalico.org/v1 IPPool CRD refuses the update at kubectl apply" : head ? "the IPPool CRD rejects the update" : "calicoctl and the Calico API server reject the update";
  const cidrW = pool.written.cidr;
  if (cidrW && (v1 ? cidrW.value !== oldText : !sameCIDR(oldCidr, pool.cidr))) {
    reject(c, "cidrChanged", cidrW.span, {
      by,
      error: head ? "CIDR cannot be changed; follow IP pool migration guide to avoid corruption." : "IPPool CIDR cannot be modified",
      was: oldText ?? "",
      ref: since.ref,
    });
  }
  const size = effectiveBlockSize(pool.written.blockSize?.value, oldCidr.family);
  const was = effectiveBlockSize(old.written.blockSize?.value, oldCidr.family);
  const bothWritten = pool.written.blockSize?.value !== undefined && old.written.blockSize?.value !== undefined;
  const changed = v1 ? bothWritten && pool.written.blockSize?.value !== old.written.blockSize?.value : size !== was;
  if (v1 && !bothWritten && size !== was && sameCIDR(oldCidr, pool.cidr)) {
    const oldWritten = old.written.blockSize?.value !== undefined;
    c.problems.push({
      messageId: "blockSizeChangedStored",
      at: pool.written.blockSize?.span ?? cidrW?.span ?? spec.span,
      severity: "warning",
      data: { was, now: size, ref: since.ref, how: oldWritten ? "now left to the default" : "unset, so the default", keep: oldWritten ? ` (\`blockSize: ${was}\`)` : " (leave blockSize out)" },
    });
  }
  if (sameCIDR(oldCidr, pool.cidr) && changed) {
    reject(c, "blockSizeChanged", pool.written.blockSize?.span ?? cidrW?.span ?? spec.span, {
      by,
      error: head ? "Block size cannot be changed; follow IP pool migration guide to avoid corruption." : "IPPool BlockSize cannot be modified",
      was: v1 ? (old.written.blockSize?.value ?? was) : was,
      ref: since.ref,
    });
  }
}
