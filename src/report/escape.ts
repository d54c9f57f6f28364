/**
 * One escaping function per output medium. Names, paths, values and messages come from the files
 * linted, which anyone opening a pull request writes: whatever they hold reaches people as text.
 *
 * - Markdown (the Action's job summary, `plan --format markdown`), control characters shown as
 *   on a terminal: `markdownText` outside code,
 *   `markdownCode` inside a code span; `markdownCell` for our own messages, whose backticks are
 *   markup (the values in them are quoted by the rule).
 * - A GitHub Actions log line that is not a command: `logLine`.
 * - A terminal (the stylish report, `plan`'s text): `terminalText`.
 *
 * Workflow command messages and properties are escaped in formatters/github.ts as @actions/core
 * escapes them; SARIF and JSON are JSON; JUnit escapes XML in its formatter.
 */

import { tableCell } from "./markdown-cell.js";

const HTML: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * One line of Markdown with no raw HTML and no column break: a table cell of our own message. Its
 * code spans keep their text as written (no entities, which a span would show as typed).
 */
export const markdownCell = (s: string): string => tableCell(terminalText(s));

/**
 * Text from the files, outside code, never at the start of a line: the characters that open
 * Markdown (links and images, emphasis, code, strikethrough, headings, table cells) are escaped
 * with a backslash, HTML's as entities, and line breaks become spaces.
 */
export const markdownText = (s: string): string =>
  terminalText(s)
    .replace(/[\\`*_[\]!#~|]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => HTML[c] ?? c)
    .replace(/[\r\n]+/g, " ");

/**
 * Text from the files inside a code span (`` `…` ``): a backtick would end the span, so it becomes
 * ', and `|` is escaped so that a table does not split the cell; line breaks become spaces. The
 * rest is shown as it is (a code span renders no markup and no HTML).
 */
export const markdownCode = (s: string): string =>
  terminalText(s).replace(/`/g, "'").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");

/**
 * A line of a GitHub Actions log that must not be read as a workflow command: the runner reads a
 * line whose first non-blank characters are `::` as a command, and `##[` anywhere as an old-style
 * one. Both are percent-encoded, as command data is; line breaks become spaces.
 */
export const logLine = (s: string): string =>
  s
    .replace(/[\r\n]+/g, " ")
    .replace(/##\[/g, "%23%23[")
    .replace(/^(\s*):/, "$1%3A");

/**
 * Text for a terminal: control characters (C0, DEL, C1: escape sequences that recolour, move the
 * cursor, retitle the window or hide text) are shown as `\xNN`, and the Unicode controls that
 * reorder or hide text (bidirectional overrides and isolates) as `\u{NNNN}`. Tabs and line breaks
 * are kept where the caller keeps them; `oneLine` makes them spaces.
 */
export function terminalText(s: string, { oneLine = false }: { oneLine?: boolean } = {}): string {
  const control = oneLine ? /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g : /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
  return s.replace(control, (c) => {
    if (oneLine && (c === "\n" || c === "\r" || c === "\t")) return " ";
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
  });
}
