/**
 * Text for a cell of a GitHub-flavoured Markdown table. Outside code spans, `&`, `<` and `>` become
 * entities (a message quotes manifest values; none may turn into HTML). Inside a code span nothing
 * is decoded, so an entity would show as typed (`&lt;pool&gt;`): the span keeps its text, which is
 * code there and never HTML. `|` is escaped everywhere (GFM splits rows before inline parsing, and
 * honours `\|` inside code spans too); line breaks become `<br>` outside spans, spaces inside.
 */
export function tableCell(s: string): string {
  const text = (t: string): string => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
  const code = (t: string): string => t.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  let out = "";
  let i = 0;
  // A code span: a run of backticks, then text, then a run of the same length (CommonMark 6.1).
  const span = /(`+)([\s\S]*?[^`])\1(?!`)/g;
  for (let m = span.exec(s); m; m = span.exec(s)) {
    if (m.index > 0 && s[m.index - 1] === "`") continue;
    out += text(s.slice(i, m.index)) + code(m[0]);
    i = m.index + m[0].length;
  }
  return out + text(s.slice(i));
}
