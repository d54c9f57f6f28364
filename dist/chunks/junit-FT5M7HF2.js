import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import "./chunk-UZMCNIHN.js";

// src/report/formatters/junit.ts
var INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function xmlEscape(s, attribute = false) {
  const out = s.replace(INVALID_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
  return attribute ? out.replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;") : out.replace(/\r/g, "&#13;");
}
var junit = (results, ctx) => {
  const as = ctx.junitWarnings ?? "skipped";
  const a = (s) => xmlEscape(String(s), true);
  const t = (s) => xmlEscape(s);
  const failing = (f) => f.severity === "error" || as === "failure";
  const count = (pred) => results.reduce((n, r) => n + r.findings.filter(pred).length, 0);
  const total = results.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  const skippedAll = count((f) => !failing(f) && as === "skipped");
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="calico-ipam-lint" tests="${total}" failures="${count(failing)}" errors="0" skipped="${skippedAll}">`
  ];
  for (const r of results) {
    const file = r.file;
    const tests = Math.max(1, r.findings.length);
    const failures = r.findings.filter(failing).length;
    const skipped = as === "skipped" ? r.findings.length - failures : 0;
    lines.push(`  <testsuite name="${a(file)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`);
    if (r.findings.length === 0) lines.push(`    <testcase name="calico-ipam-lint" classname="${a(file)}" time="0"/>`);
    for (const f of r.findings) {
      const text = t(`${file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.ruleId}]`);
      lines.push(`    <testcase name="${a(`${f.ruleId} at ${f.line}:${f.column}`)}" classname="${a(file)}" time="0">`);
      if (failing(f)) lines.push(`      <failure message="${a(f.message)}" type="${a(f.severity)}">${text}</failure>`);
      else if (as === "skipped") lines.push(`      <skipped message="${a(`warning: ${f.message}`)}"/>`, `      <system-out>${text}</system-out>`);
      else lines.push(`      <system-out>${text}</system-out>`);
      lines.push("    </testcase>");
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>");
  return `${lines.join("\n")}
`;
};
export {
  junit,
  xmlEscape
};
