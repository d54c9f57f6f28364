export type { Config, ConfigData, ConfigProblem, ConfigSeverity, OverrideEntry, SuppressEntry } from "./types.js";
export { configSchema, SCHEMA_ID, SEVERITY_VALUES } from "./schema.js";
export { parseConfig, formatProblems, fieldPath, nearest, podCidrProblem, type ParseConfigResult } from "./validate.js";
