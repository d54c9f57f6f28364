// Lints the project's own code and keeps the pipeline's layers apart:
// load → model → allocator → rules → engine → report, with thin cli and action edges that call the
// core (src/api.ts, src/core.ts) and node/, which reads the settings' files for them; render/ runs
// kustomize/kubectl/helm for the core's layout stage (src/layout reads the layout, pure).
import tseslint from "typescript-eslint";

const fsModules = ["fs", "node:fs", "fs/promises", "node:fs/promises", "child_process", "node:child_process", "net", "node:net", "http", "node:http", "https", "node:https"];
const noFs = fsModules.map((name) => ({ name, message: "Only load/files.ts (and read.ts, threads.ts beside it), node/, render/ and the cli/action edges touch the file system or the network." }));
// YAML parsers: yaml is ours; js-yaml comes with eslint (src/load/fast/ is the fast reader).
const noYaml = [
  { name: "yaml", message: "Only src/load imports the yaml package." },
  { name: "js-yaml", message: "Only src/load reads YAML (src/load/fast/ is the fast reader)." },
];
// Modules that open sockets: the language server speaks over stdio only.
const noNet = ["net", "node:net", "http", "node:http", "https", "node:https", "dgram", "node:dgram", "tls", "node:tls"].map((name) => ({ name, message: "The language server talks over stdio only; it opens no socket." }));
const noLsp = ["vscode-languageserver", "vscode-languageserver/node", "vscode-languageserver-textdocument"].map((name) => ({ name, message: "Only src/lsp speaks the language server protocol (the CLI imports it lazily, for `lsp`)." }));
const layer = (...folders) => folders.map((f) => ({ group: [`**/${f}/*`, `**/${f}/**`, `../${f}`, `../${f}/*`], message: `This layer may not import ${f}/.` }));
const pure = { "no-restricted-globals": ["error", { name: "process", message: "Pure layers take their inputs as arguments." }], "no-console": "error" };

export default tseslint.config(
  { ignores: ["dist/**", "playground/dist/**", "build/**", "node_modules/**", "editors/*/node_modules/**", "coverage/**", "examples/**", "test/fixtures/**"] },
  ...tseslint.configs.recommended,
  {
    // The VS Code extension is plain CommonJS, as VS Code loads it, with no build step.
    files: ["editors/vscode/**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/load/**", "src/lsp/**"],
    rules: { "no-restricted-imports": ["error", { paths: [...noYaml, ...noLsp] }] },
  },
  {
    // The language server is an edge like cli/: it reads the workspace (files, the configuration)
    // from disk and speaks LSP on stdio. It opens no socket, and reaches the core (api, core, the
    // configuration loader) through src/lsp/engine.ts alone, so a change of that entry is a change
    // of one file. Unlike cli/, it reads the model and the dry run it gets back with allocator/'s
    // own pool resolution (which pool a name or an address means), for hover and completion.
    files: ["src/lsp/**/*.ts"],
    ignores: ["src/lsp/engine.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...noYaml, ...noNet],
          patterns: [
            ...layer("action", "cli"),
            { group: ["../api", "../api.js", "../core", "../core.js", "../node/*", "../engine/run.js"], message: "The language server reaches the core through src/lsp/engine.ts." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/lsp/engine.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [...noYaml, ...noNet], patterns: layer("action") }] },
  },
  {
    files: ["src/load/**/*.ts"],
    // The files' reading: on the main thread (files.ts) and the threads beside it (read.ts, threads.ts).
    ignores: ["src/load/files.ts", "src/load/read.ts", "src/load/threads.ts"],
    rules: { "no-restricted-imports": ["error", { paths: noFs, patterns: layer("model", "allocator", "rules", "engine", "report", "node", "cli", "action") }] },
  },
  {
    files: ["src/model/**/*.ts"],
    rules: { ...pure, "no-restricted-imports": ["error", { paths: [...noYaml, ...noFs], patterns: layer("allocator", "rules", "engine", "report", "node", "cli", "action") }] },
  },
  // From here on, the source tree and its positions come through model/ (model/source.ts), so that
  // rules stand on the model and not on how a reader builds the tree.
  {
    files: ["src/allocator/**/*.ts"],
    rules: { ...pure, "no-restricted-imports": ["error", { paths: [...noYaml, ...noFs], patterns: layer("load", "rules", "engine", "report", "node", "cli", "action") }] },
  },
  {
    files: ["src/rules/**/*.ts"],
    rules: { ...pure, "no-restricted-imports": ["error", { paths: [...noYaml, ...noFs], patterns: layer("load", "engine", "report", "node", "cli", "action") }] },
  },
  {
    files: ["src/config/**/*.ts"],
    rules: { ...pure, "no-restricted-imports": ["error", { paths: [...noYaml, ...noFs], patterns: layer("engine", "report", "node", "cli", "action") }] },
  },
  {
    // The repository's layout (charts, Kustomize roots, Argo CD and Flux objects, clusters) is read
    // from parsed files, and rendered findings moved back to their source, without touching disks.
    // Running kustomize/kubectl/helm and reading the files they need is src/render, an edge like
    // cli/ and action/: it may use fs and child_process (for those binaries only).
    files: ["src/layout/**/*.ts"],
    rules: { ...pure, "no-restricted-imports": ["error", { paths: [...noYaml, ...noFs], patterns: layer("allocator", "rules", "engine", "report", "node", "render", "cli", "action") }] },
  },
  {
    // Fixes are text edits computed from the located tree; the CLI writes them.
    files: ["src/fix/**/*.ts"],
    rules: { ...pure, "no-restricted-imports": ["error", { paths: [...noYaml, ...noFs], patterns: layer("model", "allocator", "rules", "engine", "report", "node", "cli", "action") }] },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: { ...pure, "no-restricted-imports": ["error", { paths: [...noYaml, ...noFs], patterns: layer("load", "node", "cli", "action") }] },
  },
  {
    // Reports format plain data: the plan as engine/plan.ts makes it, the allocation's types as
    // src/core.ts re-exports them.
    files: ["src/report/**/*.ts"],
    rules: { ...pure, "no-restricted-imports": ["error", { paths: [...noYaml, ...noFs], patterns: layer("load", "allocator", "engine", "node", "cli", "action") }] },
  },
  {
    // The core every edge calls runs anywhere, a browser too: texts in, no file system, no process.
    files: ["src/core.ts", "src/core-layout.ts"],
    rules: { ...pure, "no-restricted-imports": ["error", { paths: [...noYaml, ...noFs], patterns: layer("node", "cli", "action") }] },
  },
  {
    // Reading the files that settings name (configuration, baseline, live pods, git), for every edge.
    files: ["src/node/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: noYaml, patterns: layer("allocator", "rules", "cli", "action") }] },
  },
  // The edges call the core and format what it returns; they do not run the pipeline's stages, and
  // neither runs the other.
  { files: ["src/cli/**/*.ts"], rules: { "no-restricted-imports": ["error", { paths: [...noYaml, ...noLsp], patterns: layer("allocator", "action") }] } },
  { files: ["src/action/**/*.ts"], rules: { "no-restricted-imports": ["error", { paths: [...noYaml, ...noLsp], patterns: layer("allocator", "cli", "lsp") }] } },
  {
    // The playground is an edge in a browser: it calls the pure core (src/core.ts) and draws what it
    // returns; no file system, network or process, no pipeline stage of its own, no other edge.
    files: ["playground/**/*.ts"],
    rules: { ...pure, "no-restricted-imports": ["error", { paths: [...noYaml, ...noFs, ...noLsp], patterns: [...layer("allocator", "node", "cli", "action", "lsp"), { group: ["node:*"], message: "The playground runs in a browser." }] }] },
  },
);
