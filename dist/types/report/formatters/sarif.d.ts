import type { Formatter } from "../types.js";
import { type SarifLimits } from "./sarif-limits.js";
/** `duplicate-static-ip` → `DuplicateStaticIp`: SARIF's rule names are identifiers, ids stay as they are. */
export declare const ruleName: (id: string) => string;
/** The SARIF formatter, its report fitted under `limits` (GitHub's, by default). */
export declare const sarifWithin: (limits: SarifLimits) => Formatter;
export declare const sarif: Formatter;
