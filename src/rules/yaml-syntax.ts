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
      // Limits of this tool, not of Kubernetes (which accepts up to 10000 levels): say so.
      tooDeep: "{{message}}: calico-ipam-lint reads no further in this file, so its objects from here on are not checked. Reduce the nesting",
      tooLarge: "File {{message}}: calico-ipam-lint does not read files this large, so none of its objects are checked. Split it into smaller files",
    },
    calico:
      "Calico never sees these objects: the Kubernetes API client rejects the file before anything is applied.",
    remediation: "Fix the YAML syntax at the reported line and column; the rest of the repository is still linted.",
  },
  check(ctx) {
    for (const file of ctx.model.files) {
      for (const p of file.problems) {
        if (p.code.startsWith("RENDER_FAILED")) continue; // render-failed reports it
        const messageId = p.code === "UNREADABLE" ? "unreadable" : p.code === "TOO_DEEP" ? "tooDeep" : p.code === "TOO_LARGE" ? "tooLarge" : "syntax";
        ctx.report({ messageId, data: { message: p.message }, at: p.span });
      }
      // A file that names no kind anywhere holds no Kubernetes object, broken or not (an editor's
      // JSON with comments, a docker-compose file, an ARM template): like the valid files that are
      // not objects, it is not linted, so its syntax is not reported either. An alias bomb still is.
      // Looked for only in a file with a broken document; most documents have no problem.
      let objects: boolean | undefined;
      for (const doc of file.documents) {
        if (doc.problems.length === 0) continue;
        objects ??= namesAKind(file.text);
        for (const p of doc.problems) {
          if (objects || ALWAYS.has(p.code)) ctx.report({ messageId: "syntax", data: { message: p.message }, at: p.span });
        }
      }
    }
  },
});

/** Problems reported in any file: what this tool refuses to read, not YAML syntax. */
const ALWAYS = new Set(["EXCESSIVE_ALIASING", "PARSE_FAILED"]);

/** A `kind` key somewhere in the text: block (`kind:`, `- kind:`), flow (`{kind: Pod}`) or JSON (`"kind":`). */
const namesAKind = (text: string): boolean => /(?:^|[\s{,\-])["']?kind["']?[ \t]*:/m.test(text);
