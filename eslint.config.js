// Lints the project's own code and keeps the pipeline's layers apart:
// load → model → allocator → rules → engine → report, with thin cli and action edges.
import tseslint from "typescript-eslint";

const fsModules = ["fs", "node:fs", "fs/promises", "node:fs/promises", "child_process", "node:child_process", "net", "node:net", "http", "node:http", "https", "node:https"];
const noFs = fsModules.map((name) => ({ name, message: "Only load/files.ts and the cli/action edges touch the file system or the network." }));
// YAML parsers: yaml is ours; js-yaml comes with eslint (src/load/fast.ts is the fast reader).
const noYaml = [
  { name: "yaml", message: "Only src/load imports the yaml package." },
  { name: "js-yaml", message: "Only src/load reads YAML (src/load/fast.ts is the fast reader)." },
];
const layer = (...folders) => folders.map((f) => ({ group: [`**/${f}/*`, `**/${f}/**`, `../${f}`, `../${f}/*`], message: `This layer may not import ${f}/.` }));
const pure = { "no-restricted-globals": ["error", { name: "process", message: "Pure layers take their inputs as arguments." }], "no-console": "error" };

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "examples/**", "test/fixtures/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/load/**"],
    rules: { "no-restricted-imports": ["error", { paths: noYaml }] },
  },
  {
    files: ["src/load/**/*.ts"],
    ignores: ["src/load/files.ts"],
    rules: { "no-restricted-imports": ["error", { paths: noFs, patterns: layer("model", "allocator", "rules", "engine", "report", "cli", "action") }] },
  },
  {
    files: ["src/model/**/*.ts"],
    rules: { ...pure, "no-restricted-imports": ["error", { paths: [...noYaml, ...noFs], patterns: layer("allocator", "rules", "engine", "report", "cli", "action") }] },
  },
  {
    files: ["src/allocator/**/*.ts"],
    rules: { ...pure, "no-restricted-imports": ["error", { paths: [...noYaml, ...noFs], patterns: layer("rules", "engine", "report", "cli", "action") }] },
  },
  {
    files: ["src/rules/**/*.ts"],
    rules: { ...pure, "no-restricted-imports": ["error", { paths: [...noYaml, ...noFs], patterns: layer("engine", "report", "cli", "action") }] },
  },
  {
    files: ["src/config/**/*.ts"],
    rules: { ...pure, "no-restricted-imports": ["error", { paths: [...noYaml, ...noFs], patterns: layer("engine", "report", "cli", "action") }] },
  },
  {
    // Fixes are text edits computed from the located tree; the CLI writes them.
    files: ["src/fix/**/*.ts"],
    rules: { ...pure, "no-restricted-imports": ["error", { paths: [...noYaml, ...noFs], patterns: layer("model", "allocator", "rules", "engine", "report", "cli", "action") }] },
  },
  {
    files: ["src/engine/**/*.ts", "src/report/**/*.ts"],
    rules: { ...pure, "no-restricted-imports": ["error", { paths: [...noYaml, ...noFs], patterns: layer("cli", "action") }] },
  },
);
