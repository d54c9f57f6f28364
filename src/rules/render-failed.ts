import { defineRule } from "./define-rule.js";

export default defineRule({
  id: "render-failed",
  meta: {
    description: "Disallow Kustomize roots and Helm charts that do not render",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "object",
    messages: {
      failed: "{{message}}. Argo CD and Flux fail the same way, so nothing from it is deployed, and calico-ipam-lint checks none of its objects. Fix the error the tool names",
      // Nothing in view deploys it: a config management plugin or another tool may build it.
      undeployed:
        "{{message}}. No Argo CD Application or Flux object in view deploys it, so how it is built is not known (a config management plugin may build it otherwise), and calico-ipam-lint checks none of its objects. Fix the error, or lint the Application that deploys it",
      // Helm 4 refuses a chart apiVersion that Helm 3, which Argo CD runs, accepts.
      helm4Only:
        "{{message}}. Helm 4 loads only charts of apiVersion v1, v2 or v3, but Helm 3, which Argo CD runs, takes any apiVersion: whether it deploys depends on the controller's Helm, and calico-ipam-lint checks none of its objects. Write apiVersion: v2 in Chart.yaml",
    },
    calico: "Calico never sees these objects: the GitOps controller cannot build the manifests, so the sync fails before anything is applied.",
    remediation: "Run the command shown and fix the error it prints; the rest of the repository is still linted.",
  },
  check(ctx) {
    for (const file of ctx.model.files) {
      for (const p of file.problems) {
        if (p.code === "RENDER_FAILED") ctx.report({ messageId: "failed", data: { message: p.message }, at: p.span });
        if (p.code === "RENDER_FAILED_UNDEPLOYED") ctx.report({ messageId: "undeployed", severity: "warning", data: { message: p.message }, at: p.span });
        if (p.code === "RENDER_FAILED_HELM4_ONLY") ctx.report({ messageId: "helm4Only", severity: "warning", data: { message: p.message }, at: p.span });
      }
    }
  },
});
