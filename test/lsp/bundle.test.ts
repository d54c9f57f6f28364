import { dirname, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "./helpers.js";
import { closure, dynamicImports, holds } from "../helpers/bundle-graph.js";

/**
 * `calico-ipam-lint lsp` is loaded only for that command: the linter's chunk (what a lint run
 * loads) holds none of the language server nor of the protocol library, and imports them on
 * demand. Checked on the CLI bundled from the sources now (test/dist/startup.test.ts checks the
 * committed dist/ the same way for the linter).
 */

describe("the CLI bundle and the language server", () => {
  let entry: string;
  beforeAll(async () => {
    entry = resolve(dirname(await buildCli()), "cli.js");
  }, 60_000);

  it("keeps the server and vscode-languageserver out of what a lint run loads", () => {
    const [main] = dynamicImports(entry);
    const linter = closure(main ?? "");
    expect(holds(linter, "function lintCore(")).toBe(true);
    // Markers of the protocol library and of the server's own code.
    for (const marker of ["textDocument/publishDiagnostics", "Suppress "]) expect(holds(linter, marker), marker).toBe(false);
    const lazy = [...linter].flatMap(dynamicImports).filter((f) => holds(closure(f), "textDocument/publishDiagnostics"));
    expect(lazy).toHaveLength(1);
    expect(holds(closure(lazy[0] ?? ""), "Suppress ")).toBe(true);
  });
});
