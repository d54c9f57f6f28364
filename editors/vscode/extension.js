// A thin client: VS Code starts `calico-ipam-lint lsp --stdio` and the server does the rest
// (diagnostics, quick fixes, hover, completion, definition, references). Plain JavaScript, so the
// extension needs no build step.
// @ts-check
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { workspace, window } = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

/** @type {LanguageClient | undefined} */
let client;

/** The program to start: the setting, else the workspace's own install, else the PATH. */
function serverCommand() {
  const configured = workspace.getConfiguration("calicoIpamLint").get("path");
  if (configured) return configured;
  for (const folder of workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, "node_modules", ".bin", process.platform === "win32" ? "calico-ipam-lint.cmd" : "calico-ipam-lint");
    if (existsSync(local)) return local;
  }
  return "calico-ipam-lint";
}

/** @param {import("vscode").ExtensionContext} context */
async function activate(context) {
  const command = serverCommand();
  const run = { command, args: ["lsp"], transport: TransportKind.stdio, options: { shell: process.platform === "win32" } };
  const manifests = workspace.createFileSystemWatcher("**/*.{yaml,yml,json}");
  const ignores = workspace.createFileSystemWatcher("**/.gitignore");
  context.subscriptions.push(manifests, ignores);
  client = new LanguageClient(
    "calicoIpamLint",
    "calico-ipam-lint",
    { run, debug: run },
    {
      documentSelector: [
        { scheme: "file", language: "yaml" },
        { scheme: "file", language: "json" },
      ],
      synchronize: { fileEvents: [manifests, ignores] },
      initializationOptions: { debounceMs: workspace.getConfiguration("calicoIpamLint").get("debounceMs", 200) },
    },
  );
  try {
    await client.start();
  } catch (err) {
    window.showErrorMessage(`calico-ipam-lint: could not start \`${command} lsp\` (${err instanceof Error ? err.message : String(err)}). Install it (npm install --save-dev calico-ipam-lint) or set calicoIpamLint.path.`);
  }
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
