import { defineRule } from "./define-rule.js";

export default defineRule({
  id: "yaml-syntax",
  meta: {
    description: "Disallow files that are not valid YAML or JSON",
    defaultSeverity: "error",
    scope: "object",
    messages: {
      syntax: "{{message}}: kubectl and Argo CD refuse the whole file, so none of its objects are applied. Fix the syntax at this position",
      unreadable: "File {{message}}: it cannot be linted or applied. Make it a UTF-8 text file, or remove it from the paths given",
    },
    calico:
      "Calico never sees these objects: the Kubernetes API client rejects the file before anything is applied.",
    remediation: "Fix the YAML syntax at the reported line and column; the rest of the repository is still linted.",
  },
  check(ctx) {
    for (const file of ctx.model.files) {
      for (const p of file.problems) {
        ctx.report({ messageId: p.code === "UNREADABLE" ? "unreadable" : "syntax", data: { message: p.message }, at: p.span });
      }
      for (const doc of file.documents) {
        for (const p of doc.problems) ctx.report({ messageId: "syntax", data: { message: p.message }, at: p.span });
      }
    }
  },
});
