/**
 * Text for a cell of a GitHub-flavoured Markdown table. Outside code spans, `\`, `&`, `<` and `>`
 * are escaped (a message quotes manifest values; none may turn into HTML or escape a backtick).
 * Inside a code span nothing is decoded, so an entity would show as typed (`&lt;pool&gt;`): the
 * span keeps its text, which is code there, never HTML. Spans are found as CommonMark finds them
 * (6.1: a backtick run closed by the next run of the same length). `|` is escaped everywhere (GFM
 * splits rows before inline parsing and honours `\|` inside spans too); line breaks become `<br>`
 * outside spans, spaces inside.
 */
export function tableCell(s: string): string {
  const text = (t: string): string =>
    t.replace(/\\/g, "\\\\").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
  const code = (t: string): string => t.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  const runs = [...s.matchAll(/`+/g)].map((m) => ({ at: m.index, len: m[0].length }));
  let out = "";
  let i = 0;
  for (let k = 0; k < runs.length; k++) {
    const open = runs[k] as { at: number; len: number };
    const j = runs.findIndex((r, n) => n > k && r.len === open.len);
    // No closing run: these backticks are text, and the search goes on from the next run.
    if (j === -1) continue;
    const close = runs[j] as { at: number; len: number };
    out += text(s.slice(i, open.at)) + code(s.slice(open.at, close.at + close.len));
    i = close.at + close.len;
    k = j;
  }
  return out + text(s.slice(i));
}
