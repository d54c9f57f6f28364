/**
 * The JSON Schema of `.calico-ipam-lint.yaml`, built from the rule registry so that every rule id is
 * a known key. `schema/calico-ipam-lint.schema.json` is this value, written out; a test keeps them
 * equal (`UPDATE_SCHEMA=1 npx vitest run test/config/schema.test.ts` rewrites the file).
 */
/**
 * The schema's stable address: the file at this version's tag, so that a configuration checked
 * against it has the keys and rule ids of the version that reads it (docs/configuration.md).
 */
export declare const SCHEMA_ID: string;
export declare const SEVERITY_VALUES: readonly ["error", "warn", "off"];
export interface RuleDoc {
    readonly id: string;
    readonly description: string;
}
type Schema = Record<string, unknown>;
export declare function configSchema(rules: readonly RuleDoc[]): Schema;
export {};
