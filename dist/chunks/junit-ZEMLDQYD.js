import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import "./chunk-UZMCNIHN.js";

// src/report/formatters/junit.ts
var INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function xmlEscape(s, attribute = false) {
  const out = s.replace(INVALID_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
  return attribute ? out.replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;") : out.replace(/\r/g, "&#13;");
}
var junit = (results) => {
  const a = (s) => xmlEscape(String(s), true);
  const t = (s) => xmlEscape(s);
  const total = results.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  const failures = results.reduce((n, r) => n + r.findings.length, 0);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="calico-ipam-lint" tests="${total}" failures="${failures}" errors="0">`];
  for (const r of results) {
    const file = r.file;
    const tests = Math.max(1, r.findings.length);
    lines.push(`  <testsuite name="${a(file)}" tests="${tests}" failures="${r.findings.length}" errors="0" skipped="0">`);
    if (r.findings.length === 0) lines.push(`    <testcase name="calico-ipam-lint" classname="${a(file)}" time="0"/>`);
    for (const f of r.findings) {
      const where = `${file}:${f.line}:${f.column}`;
      lines.push(`    <testcase name="${a(`${f.ruleId} at ${f.line}:${f.column}`)}" classname="${a(file)}" time="0">`);
      lines.push(`      <failure message="${a(f.message)}" type="${a(f.severity)}">${t(`${where}: ${f.severity}: ${f.message} [${f.ruleId}]`)}</failure>`);
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
