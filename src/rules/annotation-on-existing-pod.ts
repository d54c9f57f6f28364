import {
  apiGroup,
  CALICO_PREFIX,
  collectObjects,
  KNOWN_KEYS,
  OUTPUT_KEYS,
  toPlain,
  type AnnotationEntry,
  type K8sObject,
  type Node,
  type SourceFile,
} from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { isHostNetwork } from "./_shared/calico.js";

/** The Calico keys the CNI plugin reads (not the ones it writes). */
const READ_KEYS = new Set(KNOWN_KEYS.filter((k) => !(OUTPUT_KEYS as readonly string[]).includes(k)).map((k) => `${CALICO_PREFIX}${k}`));

const valueOf = (n: Node): string => JSON.stringify(toPlain(n));

function calicoValues(list: readonly AnnotationEntry[]): Map<string, { entry: AnnotationEntry; value: string }> {
  const out = new Map<string, { entry: AnnotationEntry; value: string }>();
  for (const a of list) if (READ_KEYS.has(a.key)) out.set(a.key, { entry: a, value: valueOf(a.node) });
  return out;
}

const isCorePod = (o: K8sObject): boolean => o.ref.kind === "Pod" && apiGroup(o.ref.apiVersion) === "";

export default defineRule({
  id: "annotation-on-existing-pod",
  meta: {
    description: "Warn about Calico annotations changed on a bare Pod that already exists at the --changed-since revision",
    defaultSeverity: "warning",
    scope: "object",
    messages: {
      changed:
        "Pod {{pod}} already exists at {{ref}}, and Calico reads {{key}} only when it creates the pod's network (CNI ADD): applying this change updates the annotation, not the running pod. Delete and recreate the pod (kubectl delete, then apply) for it to take effect",
      added:
        "Pod {{pod}} already exists at {{ref}} without {{key}}, and Calico reads it only when it creates the pod's network (CNI ADD): applying this adds the annotation but changes nothing on the running pod. Delete and recreate the pod (kubectl delete, then apply) for it to take effect",
      removed:
        "Pod {{pod}} had {{key}} at {{ref}}; removing it changes nothing on the running pod, because Calico reads it only when it creates the pod's network (CNI ADD). Delete and recreate the pod (kubectl delete, then apply) for the removal to take effect",
    },
    calico:
      "The CNI plugin reads a pod's `cni.projectcalico.org/*` annotations once, when it creates the pod's sandbox (CNI ADD). Editing them on a running Pod is accepted by the API server but has no effect on its address or pools until the pod is created again. Controllers (Deployments, StatefulSets, …) roll their pods when the template changes, so only bare Pods are affected.",
    remediation: "Delete the Pod and apply the manifest again (or use a Deployment, whose pods are replaced when the template changes).",
  },
  check(ctx) {
    const since = ctx.model.changedSince;
    if (!since) return;
    const previousObjects = new Map<string, K8sObject[]>();
    const objectsAt = (file: SourceFile): K8sObject[] => {
      let list = previousObjects.get(file.path);
      if (!list) {
        list = collectObjects([file]).filter(isCorePod);
        previousObjects.set(file.path, list);
      }
      return list;
    };
    for (const pod of ctx.model.podSources) {
      const o = pod.object;
      if (o.contextOnly || !isCorePod(o) || isHostNetwork(pod) || o.ref.name === undefined) continue;
      const before = since.previous.get(o.ref.file);
      if (!before) continue;
      const old = objectsAt(before).find((p) => p.ref.name === o.ref.name && (p.ref.namespace ?? ctx.model.defaultNamespace) === pod.namespace);
      if (!old) continue;
      const was = calicoValues(old.annotations);
      const now = calicoValues(pod.podAnnotations);
      const data = (key: string) => ({ pod: `${pod.namespace}/${o.ref.name ?? ""}`, ref: since.ref, key });
      for (const [key, cur] of now) {
        const prev = was.get(key);
        if (prev?.value === cur.value) continue;
        ctx.report({ messageId: prev ? "changed" : "added", data: data(key), at: cur.entry.node.span, object: o.ref, value: `${key}=${cur.value}` });
      }
      for (const key of was.keys()) {
        if (now.has(key)) continue;
        ctx.report({ messageId: "removed", data: data(key), at: o.annotationsAt, object: o.ref, value: `-${key}` });
      }
    }
  },
});
