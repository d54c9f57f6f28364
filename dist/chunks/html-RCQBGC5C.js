import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import {
  htmlDocument,
  renderAddressMap,
  renderFindings
} from "./chunk-JZNOJCJA.js";
import {
  docsUrl
} from "./chunk-KFKEVZ4F.js";
import "./chunk-UZMCNIHN.js";

// src/report/formatters/html.ts
var html = (results, ctx) => {
  const findings = results.flatMap((r) => r.findings);
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const texts = new Map((ctx.model?.files ?? []).map((f) => [f.path, f.text]));
  const totals = `<ul class="totals"><li><strong>${errors}</strong> error${errors === 1 ? "" : "s"}</li><li><strong>${warnings}</strong> warning${warnings === 1 ? "" : "s"}</li><li><strong>${results.length}</strong> file${results.length === 1 ? "" : "s"} linted</li></ul>`;
  const sections = [
    {
      id: "findings",
      heading: "Findings",
      body: totals + renderFindings(results, (f) => texts.get(f), (id) => ctx.rules.get(id), docsUrl)
    }
  ];
  if (ctx.addressMap) sections.push({ id: "pools", heading: "Address space", body: renderAddressMap(ctx.addressMap) });
  return htmlDocument({
    title: "Calico IPAM lint report",
    subtitle: `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"} in ${results.filter((r) => r.findings.length > 0).length} of ${results.length} files`,
    sections
  });
};
export {
  html
};
