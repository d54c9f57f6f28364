import { podCount } from "../allocator/index.js";
import { apiGroup, type PodSource, type StaticIP } from "../model/index.js";
import { defineRule, type Severity } from "./define-rule.js";
import { podWho } from "./_shared/pools.js";
import { ipText, someOf, staticPods } from "./_shared/static.js";

interface Claim {
  readonly pod: PodSource;
  readonly s: StaticIP;
  /** The source runs no pod now (`replicas: 0`, `parallelism: 0`). */
  readonly idle: boolean;
  /** Jobs and CronJobs run to completion and release the address. */
  readonly finite: boolean;
}

const identityOf = (pod: PodSource): string => {
  const r = pod.object.ref;
  return r.name !== undefined ? `${apiGroup(r.apiVersion)}/${r.kind}/${pod.namespace}/${r.name}` : `${r.file}:${r.span.start}`;
};

export default defineRule({
  id: "duplicate-static-ip",
  meta: {
    description: "Disallow one static address claimed by two pod sources",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "repository",
    messages: {
      taken:
        "{{shown}} is also claimed by {{others}}{{more}}: Calico gives the address to whichever pod starts first and fails the others with `resource already exists: {{ip}} with error: Address already assigned in block`. Give each pod source its own address",
      notConcurrent:
        "{{shown}} is also claimed by {{others}}; {{why}}, so they may not hold it at the same time, but whenever they do Calico fails the later pod with `resource already exists: {{ip}} with error: Address already assigned in block`. Give each pod source its own address",
      noIpam:
        "{{shown}} is also claimed by {{others}}, and {{bypass}} ipAddrsNoIpam, which bypasses Calico IPAM: Calico cannot see the clash and starts the pods with the same address, so traffic for it reaches either pod. Give each pod source its own address",
    },
    calico:
      "`ipAddrs` takes the address through IPAM (`AssignIP`): the first pod to start holds it and every other pod that asks for it fails with `resource already exists: <ip> with error: Address already assigned in block` until the first one is gone. `ipAddrsNoIpam` is not recorded anywhere, so Calico starts every pod that claims the address and the network delivers its traffic to either. Addresses are compared as addresses (`fd00::1` and `fd00:0::0001` are one), across files and namespaces; context files count as claims. The same object (kind, namespace and name) written twice, as in per-cluster directories, is not a clash. A source that runs no pod (`replicas: 0`), or two Jobs/CronJobs that may run at different times, give a warning.",
    remediation: "Give each pod source its own static address, or drop the static address and let Calico assign one from a pool.",
  },
  check(ctx) {
    const groups = new Map<string, Claim[]>();
    const groupIds = new Map<Claim[], Set<string>>();
    // One object as Kubernetes would hold it (the same kind, namespace and name is the same
    // object), made only for pods that share an address with another claim.
    const ids = new Map<PodSource, string>();
    const idOf = (p: PodSource): string => {
      let id = ids.get(p);
      if (id === undefined) {
        id = identityOf(p);
        ids.set(p, id);
      }
      return id;
    };
    const withStatics = staticPods(ctx.model);
    for (let n = 0; n < withStatics.length; n++) {
      const { pod, statics } = withStatics[n]!;
      const count = podCount(pod, ctx.settings);
      if (count.from === "template") continue; // a PodTemplate runs nothing itself
      const kind = pod.workload.kind;
      for (let k = 0; k < statics.length; k++) {
        const s = statics[k]!;
        const key = `${s.ip.family}:${ipText(s.ip)}`;
        const claim: Claim = { pod, s, idle: count.count === 0n || suspended(pod), finite: kind === "Job" || kind === "CronJob" };
        const list = groups.get(key);
        if (!list) {
          groups.set(key, [claim]);
          continue;
        }
        // The same pod listing the address twice (or in both annotations) is another rule's concern.
        // The group's objects are kept as a set: thousands of pods claiming one address were
        // compared each with every claim before it.
        let seen = groupIds.get(list);
        if (!seen) groupIds.set(list, (seen = new Set([idOf(list[0]!.pod)])));
        const id = idOf(pod);
        if (seen.has(id)) continue;
        seen.add(id);
        list.push(claim);
      }
    }
    for (const claims of groups.values()) {
      if (claims.length < 2) continue;
      // Counts per group, so that a group of thousands of claims costs linear time, not quadratic.
      const ipamAll = claims.filter((o) => o.s.key === "ipAddrs");
      const noIpamAll = claims.filter((o) => o.s.key === "ipAddrsNoIpam");
      const activeIpam = ipamAll.filter((o) => !o.idle).length;
      const activeIpamInfinite = ipamAll.filter((o) => !o.idle && !o.finite).length;
      for (const c of claims) {
        const others = excluding(claims, c);
        const ip = ipText(c.s.ip);
        const shown = c.s.text === ip ? ip : `${c.s.text} (${ip})`;
        // Named: the first three (someCount names no more), not the whole head.
        const whoOf = (list: Some): string => someCount(list.head.slice(0, NAMED).map((o) => (o.s.text !== c.s.text ? `${podWho(o.pod)} (written ${o.s.text})` : podWho(o.pod))), list.length, NAMED);
        const base = {
          at: c.s.span,
          object: c.pod.object.ref,
          value: ip,
          related: others.head.map((o) => ({ span: o.s.span, message: `${ip} is also claimed by ${podWho(o.pod)} (${o.s.key})` })),
        };
        const ipam = excluding(ipamAll, c, c.s.key === "ipAddrs");
        if (c.s.key === "ipAddrs" && ipam.length > 0) {
          const activeOthers = activeIpam - (c.idle ? 0 : 1);
          const infiniteOthers = activeIpamInfinite - (!c.idle && !c.finite ? 1 : 0);
          let why: string | undefined;
          if (c.idle) why = `this ${c.pod.workload.kind} runs no pod now (${idleField(c.pod)})`;
          else if (activeOthers === 0) why = ipam.length === 1 ? `${podWho(ipam.head[0]!.pod)} runs no pod now (${idleField(ipam.head[0]!.pod)})` : "the others run no pod now";
          else if (c.finite && infiniteOthers === 0) why = "Jobs and CronJobs release the address when they finish";
          const severity: Severity = why === undefined ? "error" : "warning";
          const bypassing = excluding(noIpamAll, c, false); // c uses ipAddrs here
          const more = bypassing.length === 0 ? "" : ` (and by ${whoOf(bypassing)} through ipAddrsNoIpam, which Calico cannot see)`;
          if (why === undefined) ctx.report({ ...base, messageId: "taken", severity, data: { ip, shown, others: whoOf(ipam), more } });
          else ctx.report({ ...base, messageId: "notConcurrent", severity, data: { ip, shown, others: whoOf(others), why } });
          continue;
        }
        const selfBypasses = c.s.key === "ipAddrsNoIpam";
        const bypassCount = noIpamAll.length;
        const bypass = selfBypasses ? (bypassCount === 1 ? "this pod uses" : "these pods use") : bypassCount === 1 ? "it uses" : "they use";
        ctx.report({ ...base, messageId: "noIpam", severity: "warning", data: { shown, others: whoOf(others), bypass } });
      }
    }
  },
});

/** The first claims of a list other than one, and how many there are in all. */
interface Some {
  readonly head: readonly Claim[];
  readonly length: number;
}

const HEAD = 50;
/** Claims named in a message; the rest are counted. */
const NAMED = 3;

/** `list` without `c`; `holds` says whether `c` is in it (known from its key, so no search). */
function excluding(list: readonly Claim[], c: Claim, holds = true): Some {
  const head = list.slice(0, HEAD + 1).filter((o) => o !== c).slice(0, HEAD);
  return { head, length: list.length - (holds ? 1 : 0) };
}

/** someOf for a list known by its first items and its length. */
function someCount(names: readonly string[], total: number, max = 3): string {
  if (total <= max) return someOf(names, max);
  return `${names.slice(0, max).join(", ")} and ${total - max} more`;
}

/** A suspended CronJob (or Job) starts no pod. */
const suspended = (pod: PodSource): boolean => pod.suspend?.value === true;

function idleField(pod: PodSource): string {
  if (suspended(pod)) return "suspend: true";
  if (pod.replicas?.value === 0) return "replicas: 0";
  if (pod.parallelism?.value === 0) return "parallelism: 0";
  return "no replica";
}
