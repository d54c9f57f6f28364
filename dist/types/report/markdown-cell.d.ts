/**
 * Text for a cell of a GitHub-flavoured Markdown table. Outside code spans, `\`, `&`, `<` and `>`
 * are escaped (a message quotes manifest values; none may turn into HTML or escape a backtick).
 * Inside a code span nothing is decoded, so an entity would show as typed (`&lt;pool&gt;`): the
 * span keeps its text, which is code there, never HTML. Spans are found as CommonMark finds them
 * (6.1: a backtick run closed by the next run of the same length). `|` is escaped everywhere (GFM
 * splits rows before inline parsing and honours `\|` inside spans too); line breaks become `<br>`
 * outside spans, spaces inside.
 */
export declare function tableCell(s: string): string;
