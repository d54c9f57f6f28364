import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import {
  esc,
  htmlDocument,
  ownerText,
  renderAddressMap
} from "./chunk-JZNOJCJA.js";
import "./chunk-KFKEVZ4F.js";
import "./chunk-UZMCNIHN.js";

// src/report/plan-html.ts
function renderPlanHtml(map) {
  const plan = map.plan;
  const short = plan.failures.length;
  const statics = plan.statics.length === 0 ? "<p>No static addresses.</p>" : `<table><caption class="sr-only">Every static address and the workload that claims it</caption><thead><tr><th scope="col">Address</th><th scope="col">Annotation</th><th scope="col">Workload</th><th scope="col">Where</th><th scope="col">Pool</th></tr></thead><tbody>${plan.statics.map(
    (s) => `<tr><td><code>${esc(s.ip)}</code></td><td><code>${esc(s.annotation)}</code></td><td>${esc(ownerText(s.owner))}</td><td class="where">${esc(`${s.owner.file}:${s.owner.line}`)}</td><td>${s.pool !== void 0 ? `<code>${esc(s.pool)}</code>${s.reserved ? " (reserved)" : ""}` : "in no enabled pool"}</td></tr>`
  ).join("")}</tbody></table>`;
  return htmlDocument({
    title: "Calico IPAM plan",
    subtitle: `${plan.pools.length} pool${plan.pools.length === 1 ? "" : "s"}, ${plan.statics.length} static address${plan.statics.length === 1 ? "" : "es"}${short > 0 ? `, ${short} pool set${short === 1 ? "" : "s"} short` : ", no pool short"}${plan.nodes !== null ? `, ${plan.nodes} nodes` : ""}`,
    sections: [
      { id: "pools", heading: "Address space", body: renderAddressMap(map) },
      { id: "statics", heading: "Static addresses", body: statics }
    ]
  });
}
export {
  renderPlanHtml
};
