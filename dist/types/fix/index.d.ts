export { isEditFix, type EditFix, type Fix, type RefusedFix, type TextEdit } from "./types.js";
export { applyFixes, fixProblem, type Applied } from "./apply.js";
export { unifiedDiff } from "./diff.js";
export { sharedNodes } from "./shared.js";
export { moveAnnotation, removeAnnotation, renameKey, replaceListWithString, replaceScalar, type EditContext } from "./edits.js";
export { fixSources, MAX_FIX_PASSES, type FixRun } from "./loop.js";
