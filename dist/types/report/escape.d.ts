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
/**
 * One line of Markdown with no raw HTML and no column break: a table cell of our own message. Its
 * code spans keep their text as written (no entities, which a span would show as typed).
 */
export declare const markdownCell: (s: string) => string;
/**
 * Text from the files, outside code, never at the start of a line: the characters that open
 * Markdown (links and images, emphasis, code, strikethrough, headings, table cells) are escaped
 * with a backslash, HTML's as entities, and line breaks become spaces.
 */
export declare const markdownText: (s: string) => string;
/**
 * Text from the files inside a code span (`` `…` ``): a backtick would end the span, so it becomes
 * ', and `|` is escaped so that a table does not split the cell; line breaks become spaces. The
 * rest is shown as it is (a code span renders no markup and no HTML).
 */
export declare const markdownCode: (s: string) => string;
/**
 * A line of a GitHub Actions log that must not be read as a workflow command: the runner reads a
 * line whose first non-blank characters are `::` as a command, and `##[` anywhere as an old-style
 * one. Both are percent-encoded, as command data is; line breaks become spaces.
 */
export declare const logLine: (s: string) => string;
/**
 * Text for a terminal: control characters (C0, DEL, C1: escape sequences that recolour, move the
 * cursor, retitle the window or hide text) are shown as `\xNN`, and the Unicode controls that
 * reorder or hide text (bidirectional overrides and isolates) as `\u{NNNN}`. Tabs and line breaks
 * are kept where the caller keeps them; `oneLine` makes them spaces.
 */
export declare function terminalText(s: string, { oneLine }?: {
    oneLine?: boolean;
}): string;
