import { poolsByName } from "../allocator/index.js";
import { apiGroup, type ObjectRef, type Pool } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { checkDefinedTwice, DEFAULT_POOL_NAMES } from "./pool-invalid/defined-twice.js";
import { checkDuplicates, checkInstallationPool, type SeenPools } from "./pool-invalid/installation.js";
import { checkInstallationNetwork } from "./pool-invalid/installation-network.js";
import { checkIPPool } from "./pool-invalid/ippool.js";
import { MESSAGES } from "./pool-invalid/messages.js";
import { reject, type Ctx } from "./pool-invalid/problems.js";
import { checkReservation } from "./pool-invalid/reservation.js";
import { schemaProblems, validators } from "./pool-invalid/schema.js";
import { checkUpdate, type PreviousPools } from "./pool-invalid/update.js";

/**
 * The pool objects Calico refuses. The checks live in ./pool-invalid/, one file per kind of object
 * or group of checks: the CRD schema (schema.ts), IPPool objects (ippool.ts), Installation pools
 * (installation.ts), selectors (selector.ts), changes since a revision (update.ts), IPReservations
 * (reservation.ts), one pool defined in two files (defined-twice.ts). They read the model's pools, whose
 * `written` fields locate what they judge. Each check reports under its own message (messages.ts),
 * named after what Calico checks.
 */
export default defineRule({
  id: "pool-invalid",
  meta: {
    description: "Disallow IPPool, Installation pool and IPReservation specs that Calico rejects",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "object",
    messages: MESSAGES,
    placeholders: {
      by: "who refuses the object, by how it reaches Calico: `calicoctl and the Calico API server reject the pool` (projectcalico.org/v3), `the crd.projectcalico.org/v1 IPPool CRD refuses the pool at kubectl apply` (v1 under v3.32), `the IPPool CRD rejects the pool` (`calicoVersion: head`), `Calico's validator rejects the pool`, or `the Calico API server rejects the pool the operator creates` (an Installation's pool)",
      error: "Calico's own error text for that check, as the `calicoVersion` in force words it (v3.32 and HEAD differ for some checks)",
    },
    calico:
      "calicoctl and the Calico API server validate IPPools in clientv3 and the validator (v3.32), and HEAD's CRDs carry the same rules as CEL; the operator validates Installation pools itself; the validator rejects IPReservation entries that are neither CIDRs nor addresses. `nodeSelector` and `namespaceSelector` must parse as Calico selectors (the validator's `selector` tag runs libcalico-go's selector parser; only spaces and tabs separate tokens, so a line break kept by a `|` block fails too), and the pools the operator creates from an Installation go through the same validator. Calico does not reject loopback, multicast or other special ranges. A pool's `cidr` and `blockSize` cannot change once it exists: with `--changed-since REF`, a pool found in the same file at REF that changes either is refused (`IPPool CIDR cannot be modified`, `IPPool BlockSize cannot be modified`). The operator also refuses an Installation whose network settings its pools cannot serve: BGP off with IPIP or unencapsulated pools (unless `clusterRoutingMode` hands the routes to Felix), `bgp: Enabled` with another CNI plugin, and the Windows dataplane without `serviceCIDRs` or with a first IPv4 pool that is neither VXLAN nor unencapsulated. A `crd.projectcalico.org/v1` pool applied with kubectl is checked only by the v3.32 CRD (`format: cidr`, the enums, `blockSize` 0–128, CEL rules for IPIP with VXLAN, IPIP on IPv6, LoadBalancer with encapsulation or with other uses, and `self == oldSelf` on cidr and blockSize): those stay errors in the CRD's words; what the CRD does not check is stored, and the finding says what Calico then does: an error where IPAM certainly fails (a pool smaller than its blocks, an IPv4 blockSize over 32, blocks too large to store, a selector that does not parse), otherwise a warning saying what it depends on. Under Calico Enterprise (`calicoEdition`, else an Installation's `spec.variant`) `awsSubnetID` and the `HostSecondaryInterface` use are accepted.",
    remediation:
      "Fix the field the finding points at: a strictly masked CIDR outside link-local, a blockSize of 20–32 (IPv4) or 116–128 (IPv6) no longer than the pool's prefix, at most one encapsulation, exact enum values, selectors Calico can parse, and LoadBalancer pools kept apart; to change an existing pool's range or block size, create a new pool and retire the old one.",
  },
  check(ctx) {
    const edition = ctx.settings.calicoEdition ?? ctx.model.edition?.value;
    const c: Ctx = { head: ctx.settings.calicoVersion === "head", enterprise: edition === "enterprise", problems: [] };
    const flush = (object: ObjectRef): void => {
      for (const p of c.problems) {
        ctx.report({ messageId: p.messageId, at: p.at, data: p.data, object, ...(p.severity ? { severity: p.severity } : {}) });
      }
      c.problems.length = 0;
    };
    const seen: SeenPools = new Map();
    const previous: PreviousPools = new Map();
    // Each pool's namesakes, in the model's order (a patch, an update since a revision): 20,000
    // pools took 5.3 s when each pool looked through all the others.
    const byName = poolsByName(ctx.model.pools);
    for (const pool of ctx.model.pools) {
      if (pool.implicit) continue;
      if (pool.origin === "IPPool") {
        if (pool.spec) for (const problem of schemaProblems(pool.spec, pool.fieldPath, c.enterprise ? validators().ippoolEnterprise : validators().ippool, "IPPool", false)) c.problems.push(problem);
        if (apiGroup(pool.object.ref.apiVersion) === "crd.projectcalico.org") checkEmptyModes(c, pool);
        // A manifest without a cidr for a pool defined elsewhere is a patch of that pool; so is one of
        // the default pools the operator and calico-node create, which files seldom hold.
        const namesakes = byName.get(pool.name) ?? [];
        const patch = !pool.cidrText?.value && (DEFAULT_POOL_NAMES.has(pool.name) || namesakes.some((o) => o !== pool && o.cidr !== null));
        if (!patch) checkIPPool(c, pool);
        checkDefinedTwice(c, pool, ctx.model);
        checkUpdate(c, pool, ctx.model, previous, namesakes);
        // Kubernetes (and Calico's validator) refuse object names over 253 characters (calico-fidelity.md D32).
        const nameW = pool.written.name;
        if (nameW && pool.name.length > 253) {
          reject(c, "nameTooLong", nameW.span, { name: pool.name, length: pool.name.length });
        }
        flush(pool.object.ref);
        continue;
      }
      const item = pool.spec;
      if (!item) continue;
      const path = pool.fieldPath;
      for (const problem of schemaProblems(item, path, validators().installation, "Installation", true)) c.problems.push(problem);
      if (!pool.written.cidr) {
        reject(c, "installationCidrRequired", item.span, { path });
      }
      checkInstallationPool(c, pool);
      checkDuplicates(c, pool, seen);
      flush(pool.object.ref);
    }
    // The Installation's network settings against all its pools, the operator's default pool included.
    // The operator's default pool certainly exists only with no IPPool object and no platform pod
    // CIDR in view (installation-network.ts).
    const platform = new Set(["ClusterConfiguration", "kubeadm-config", "Network"]);
    const judgeDefault = !ctx.model.pools.some((p) => p.origin === "IPPool") && !ctx.model.podCidrs.some((p) => platform.has(p.source));
    const { objects } = ctx.model;
    for (let i = 0; i < objects.length; i++) {
      const o = objects[i]!;
      if (o.ref.kind !== "Installation" || !o.ref.apiVersion.startsWith("operator.tigera.io/")) continue;
      checkInstallationNetwork(c, o, ctx.model.pools.filter((p) => p.object === o && p.origin === "Installation"), judgeDefault);
      flush(o.ref);
    }
    for (const r of ctx.model.reservations) {
      checkReservation(c, r, ctx.settings);
      flush(r.object.ref);
    }
  },
});

/**
 * `ipipMode: ""` / `vxlanMode: ""`: projectcalico.org/v3 takes an empty mode (clientv3 defaults it to
 * Never), but the crd.projectcalico.org/v1 CRD's enums (v3.32.1 and HEAD) have no empty value, so
 * kubectl's apply is refused.
 */
function checkEmptyModes(c: Ctx, pool: Pool): void {
  for (const key of ["ipipMode", "vxlanMode"] as const) {
    const w = pool.written[key];
    if (w?.value !== "") continue;
    const path = `${pool.fieldPath}.${key}`;
    reject(c, "schemaEnum", w.span, {
      value: '""',
      path,
      by: "the Kubernetes API server rejects the IPPool (Calico's CRD schema)",
      supported: '"Never", "Always", "CrossSubnet"',
      allowed: "`Never`, `Always`, `CrossSubnet`",
    });
  }
}
