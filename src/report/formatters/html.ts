import { docsUrl } from "../../version.js";
import { htmlDocument } from "../html-document.js";
import { renderAddressMap, renderFindings } from "../html.js";
import type { Formatter } from "../types.js";

/**
 * `--format html`: one self-contained page to keep as a CI artifact: totals, the address map of
 * every pool (when the run's address map is at hand), and the findings by file with their source lines
 * and links to the rule pages.
 */
export const html: Formatter = (results, ctx) => {
  const findings = results.flatMap((r) => r.findings);
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const texts = new Map((ctx.model?.files ?? []).map((f) => [f.path, f.text]));
  const totals = `<ul class="totals"><li><strong>${errors}</strong> error${errors === 1 ? "" : "s"}</li><li><strong>${warnings}</strong> warning${warnings === 1 ? "" : "s"}</li><li><strong>${results.length}</strong> file${results.length === 1 ? "" : "s"} linted</li></ul>`;
  const sections = [
    {
      id: "findings",
      heading: "Findings",
      body: totals + renderFindings(results, (f) => texts.get(f), (id) => ctx.rules.get(id), docsUrl),
    },
  ];
  if (ctx.addressMap) sections.push({ id: "pools", heading: "Address space", body: renderAddressMap(ctx.addressMap) });
  return htmlDocument({
    title: "Calico IPAM lint report",
    subtitle: `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"} in ${results.filter((r) => r.findings.length > 0).length} of ${results.length} files`,
    sections,
  });
};
