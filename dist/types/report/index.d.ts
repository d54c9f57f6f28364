export type { Finding, FileResult, Formatter, FormatContext, JunitWarnings, RuleInfo, RelatedFinding } from "./types.js";
export { JUNIT_WARNINGS } from "./types.js";
export { FORMATTERS, formatterNames } from "./formatters/index.js";
export { renderSummaryMarkdown, SUMMARY_LIMIT, type SummaryOptions } from "./summary.js";
