import type { Formatter } from "../types.js";

/**
 * JUnit XML for CI systems that read test reports: one `<testsuite>` per linted file, one failing
 * `<testcase>` per finding (warnings too, with `type="warning"`), and one passing test case for a
 * file without findings so that clean files count as passed tests.
 */

/** Characters XML 1.0 cannot carry at all, even escaped; lone surrogates included. */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escape text for an element's content or an attribute value. */
export function xmlEscape(s: string, attribute = false): string {
  const out = s
    .replace(INVALID_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
  return attribute ? out.replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;") : out.replace(/\r/g, "&#13;");
}

export const junit: Formatter = (results) => {
  const a = (s: string | number): string => xmlEscape(String(s), true);
  const t = (s: string): string => xmlEscape(s);
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
  return `${lines.join("\n")}\n`;
};
