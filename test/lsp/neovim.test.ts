import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, tree } from "./helpers.js";

/**
 * End to end in a real editor: Debian's Neovim, headless, with the server configured the way
 * docs/editors.md tells users (vim.lsp.start where the Neovim has it, else vim.lsp.start_client,
 * as in 0.7). It opens a file, waits for the diagnostics, asks for a hover and a completion, and
 * writes what it got to a JSON file this test reads. .ci/run installs neovim; without it the test
 * says so and is skipped.
 */

const nvim = spawnSync("nvim", ["--version"], { encoding: "utf8" });
const hasNvim = nvim.status === 0;
if (!hasNvim) console.warn("test/lsp/neovim.test.ts: skipped, `nvim` is not installed (apt-get install neovim; .ci/run does it)");

const INIT = `
local runner, out = vim.env.CIL_RUNNER, vim.env.CIL_OUT
-- The setup docs/editors.md gives: start (or reuse) the server for YAML buffers.
local function attach(bufnr)
  local config = { name = "calico-ipam-lint", cmd = { "node", runner, "lsp", "--stdio" }, root_dir = vim.fn.getcwd() }
  if vim.lsp.start then return vim.lsp.start(config, { bufnr = bufnr }) end
  _G.cil_client = _G.cil_client or vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(bufnr, _G.cil_client)
  return _G.cil_client
end
vim.api.nvim_create_autocmd("FileType", { pattern = "yaml", callback = function(args) _G.cil_id = attach(args.buf) end })

-- The test: once the file is loaded, wait for diagnostics, ask for a hover and a completion.
vim.api.nvim_create_autocmd("VimEnter", { callback = function() vim.schedule(function()
  local bufnr = vim.api.nvim_get_current_buf()
  local results = { version = tostring(vim.version().major) .. "." .. tostring(vim.version().minor), filetype = vim.bo.filetype }
  results.attached = _G.cil_id ~= nil
  results.waited = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  results.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(results.diagnostics, { lnum = d.lnum, col = d.col, severity = d.severity, message = d.message })
  end
  local client = vim.lsp.get_client_by_id(_G.cil_id)
  local pos = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = 6, character = 40 } }
  local hover = client.request_sync("textDocument/hover", pos, 20000, bufnr)
  results.hover = hover and hover.result and hover.result.contents and hover.result.contents.value or vim.NIL
  local completion = client.request_sync("textDocument/completion", pos, 20000, bufnr)
  local items = completion and completion.result or {}
  if items.items then items = items.items end
  results.completion = {}
  for _, it in ipairs(items) do table.insert(results.completion, it.label) end
  vim.fn.writefile({ vim.fn.json_encode(results) }, out)
  vim.cmd("qa!")
end) end })
`;

const POOLS = `apiVersion: projectcalico.org/v3
kind: IPPool
metadata:
  name: static-pool
spec:
  cidr: 10.1.0.0/29
  blockSize: 29
  assignmentMode: Manual
`;
const pod = (name: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: apps
  annotations:
    cni.projectcalico.org/ipAddrs: '["10.1.0.1"]'
spec:
  containers:
    - name: c
      image: nginx
`;

describe.skipIf(!hasNvim)("Neovim (headless) with calico-ipam-lint lsp", () => {
  let runner: string;
  beforeAll(async () => {
    runner = await buildCli();
  }, 60_000);

  it("shows the diagnostics of a duplicate held in a file not open, a hover with the pool, and free addresses", () => {
    const root = tree({ "pools.yaml": POOLS, "a.yaml": pod("a"), "b.yaml": pod("b") });
    const init = join(root, "..", `${root.split("/").pop() ?? "ws"}-init.lua`);
    writeFileSync(init, INIT);
    const out = join(root, "..", `${root.split("/").pop() ?? "ws"}-out.json`);
    const r = spawnSync("nvim", ["--headless", "-n", "-i", "NONE", "--clean", "-u", init, "-c", "filetype on", "b.yaml"], {
      cwd: root,
      env: { ...process.env, CIL_RUNNER: runner, CIL_OUT: out, XDG_STATE_HOME: root, XDG_DATA_HOME: root },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(existsSync(out), `nvim wrote no results: ${r.stderr}${r.stdout}`).toBe(true);
    const got = JSON.parse(readFileSync(out, "utf8")) as { attached: boolean; waited: boolean; diagnostics: { lnum: number; col: number; severity: number; message: string }[]; hover: string; completion: string[] };
    expect(got.attached).toBe(true);
    expect(got.waited).toBe(true);
    expect(got.diagnostics).toEqual([expect.objectContaining({ lnum: 6, col: 38, severity: 1, message: expect.stringContaining("10.1.0.1 is also claimed by Pod apps/a") })]);
    expect(got.hover).toContain("pool `static-pool` — `10.1.0.0/29`");
    expect(got.hover).toContain("Pod apps/a");
    expect(got.completion.slice(0, 3)).toEqual(["10.1.0.0", "10.1.0.2", "10.1.0.3"]);
  }, 150_000);
});
