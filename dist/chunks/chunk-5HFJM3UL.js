import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);

// src/report/markdown-cell.ts
function tableCell(s) {
  const text = (t) => t.replace(/\\/g, "\\\\").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
  const code = (t) => t.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  const runs = [...s.matchAll(/`+/g)].map((m) => ({ at: m.index, len: m[0].length }));
  let out = "";
  let i = 0;
  for (let k = 0; k < runs.length; k++) {
    const open = runs[k];
    const j = runs.findIndex((r, n) => n > k && r.len === open.len);
    if (j === -1) continue;
    const close = runs[j];
    out += text(s.slice(i, open.at)) + code(s.slice(open.at, close.at + close.len));
    i = close.at + close.len;
    k = j;
  }
  return out + text(s.slice(i));
}

// src/report/escape.ts
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
var markdownCell = (s) => tableCell(terminalText(s));
var markdownText = (s) => terminalText(s).replace(/[\\`*_[\]!#~|]/g, (c) => `\\${c}`).replace(/[&<>]/g, (c) => HTML[c] ?? c).replace(/[\r\n]+/g, " ");
var markdownCode = (s) => terminalText(s).replace(/`/g, "'").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");
var logLine = (s) => s.replace(/[\r\n]+/g, " ").replace(/##\[/g, "%23%23[").replace(/^(\s*):/, "$1%3A");
function terminalText(s, { oneLine = false } = {}) {
  const control = oneLine ? /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g : /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
  return s.replace(control, (c) => {
    if (oneLine && (c === "\n" || c === "\r" || c === "	")) return " ";
    const code = c.charCodeAt(0);
    return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
  });
}

export {
  markdownCell,
  markdownText,
  markdownCode,
  logLine,
  terminalText
};
