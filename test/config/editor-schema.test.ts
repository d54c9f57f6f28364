import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEMA_ID } from "../../src/config/index.js";
import { VERSION } from "../../src/version.js";

/**
 * The configuration's schema as editors load it: the real YAML language server (the one VS Code's
 * YAML extension, Neovim and JetBrains IDEs run; devDependency yaml-language-server) checks a
 * `.calico-ipam-lint.yaml` whose first line names the schema, by URL as docs/configuration.md
 * shows it for repositories without node_modules, and by path into node_modules. The URL is served
 * from the loopback with the raw.githubusercontent.com layout (`/<owner>/<repo>/<tag>/schema/…`),
 * so nothing leaves the machine. Schema Store is switched off, as offline editors have it.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const SERVER = join(ROOT, "node_modules/yaml-language-server/bin/yaml-language-server");
const missing = existsSync(SERVER) ? "" : "yaml-language-server is not installed (npm ci installs it as a devDependency)";
if (missing) {
  if (process.env["CI"]) throw new Error(missing);
  console.warn(`skipping the editor schema tests: ${missing}`);
}

interface Diagnostic {
  message: string;
  range: { start: { line: number; character: number } };
}

/** A minimal LSP client over stdio: Content-Length framing, requests, and diagnostics per URI. */
class Client {
  private buf = Buffer.alloc(0);
  private id = 0;
  private pending = new Map<number, (r: unknown) => void>();
  private diags = new Map<string, (d: Diagnostic[]) => void>();
  constructor(private proc: ChildProcessWithoutNullStreams) {
    proc.stdout.on("data", (c: Buffer) => {
      this.buf = Buffer.concat([this.buf, c]);
      for (;;) {
        const head = this.buf.indexOf("\r\n\r\n");
        if (head === -1) return;
        const len = Number(/Content-Length: (\d+)/i.exec(this.buf.subarray(0, head).toString())?.[1]);
        if (this.buf.length < head + 4 + len) return;
        const msg = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString("utf8")) as { id?: number; method?: string; params?: { uri: string; diagnostics: Diagnostic[] }; result?: unknown };
        this.buf = this.buf.subarray(head + 4 + len);
        if (msg.method === "textDocument/publishDiagnostics" && msg.params) this.diags.get(msg.params.uri)?.(msg.params.diagnostics);
        else if (msg.method && msg.id !== undefined) this.send({ id: msg.id, result: msg.method === "workspace/configuration" ? [] : null });
        else if (msg.id !== undefined) this.pending.get(msg.id)?.(msg.result);
      }
    });
  }
  send(msg: object): void {
    const body = JSON.stringify({ jsonrpc: "2.0", ...msg });
    this.proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }
  request(method: string, params: unknown): Promise<unknown> {
    const id = ++this.id;
    return new Promise((res) => {
      this.pending.set(id, res);
      this.send({ id, method, params });
    });
  }
  /** Open a document; resolves with the first non-empty diagnostics published for it. */
  open(uri: string, text: string): Promise<Diagnostic[]> {
    return new Promise((res) => {
      this.diags.set(uri, (d) => {
        if (d.length > 0) res(d);
      });
      this.send({ method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "yaml", version: 1, text } } });
    });
  }
}

(missing ? describe.skip : describe)("the schema in the YAML language server", () => {
  let http: Server;
  let base = "";
  let proc: ChildProcessWithoutNullStreams;
  let client: Client;
  const served: string[] = [];
  beforeAll(async () => {
    const schema = readFileSync(join(ROOT, "schema/calico-ipam-lint.schema.json"));
    http = createServer((req, res) => {
      served.push(req.url ?? "");
      if (req.url === `/calico-ipam-lint/calico-ipam-lint/v${VERSION}/schema/calico-ipam-lint.schema.json`) res.writeHead(200, { "content-type": "application/json" }).end(schema);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    proc = spawn(process.execPath, [SERVER, "--stdio"], { cwd: ROOT, env: { ...process.env, NO_PROXY: "127.0.0.1", no_proxy: "127.0.0.1" } });
    client = new Client(proc);
    await client.request("initialize", { processId: process.pid, rootUri: pathToFileURL(ROOT).href, capabilities: { textDocument: { publishDiagnostics: {} } } });
    client.send({ method: "initialized", params: {} });
    client.send({ method: "workspace/didChangeConfiguration", params: { settings: { yaml: { validate: true, schemaStore: { enable: false } } } } });
  }, 60_000);
  afterAll(() => {
    proc?.kill();
    http?.close();
  });

  const BAD = "podCidrs: [10.244.0.0/16]\nrules:\n  invalid-ip: warning\nunknownKey: 1\n";
  const messages = (d: Diagnostic[]): string[] => d.map((x) => `${x.range.start.line}: ${x.message}`).sort();

  it("the published address is the file at this version's tag", () => {
    expect(SCHEMA_ID).toBe(`https://raw.githubusercontent.com/calico-ipam-lint/calico-ipam-lint/v${VERSION}/schema/calico-ipam-lint.schema.json`);
    expect(readFileSync(join(ROOT, "docs/configuration.md"), "utf8")).toContain(`# yaml-language-server: $schema=${SCHEMA_ID}`);
    // The Schema Store proposal names the same file for this version.
    const entry = JSON.parse(readFileSync(join(ROOT, "schema/schemastore-catalog-entry.json"), "utf8")) as { fileMatch: string[]; versions: Record<string, string> };
    expect(entry.versions[VERSION]).toBe(SCHEMA_ID);
    expect(entry.fileMatch).toEqual([".calico-ipam-lint.yaml", ".calico-ipam-lint.yml", ".calico-ipam-lint.json"]);
  });

  it("loads the schema from its address (a repository with no node_modules) and checks the file", async () => {
    const url = SCHEMA_ID.replace("https://raw.githubusercontent.com", base);
    const d = await client.open("file:///repo-a/.calico-ipam-lint.yaml", `# yaml-language-server: $schema=${url}\n${BAD}`);
    expect(served).toContain(new URL(url).pathname);
    const m = messages(d);
    expect(m.some((x) => x.startsWith("3: ") && x.includes('"error", "warn", "off"')), m.join("\n")).toBe(true);
    expect(m.some((x) => x.startsWith("4: ") && /unknownKey|not allowed/i.test(x)), m.join("\n")).toBe(true);
  }, 60_000);

  it("loads it from node_modules by path, as docs/configuration.md shows for npm projects", async () => {
    const d = await client.open(pathToFileURL(join(ROOT, "test/fixtures/editor/.calico-ipam-lint.yaml")).href, `# yaml-language-server: $schema=${pathToFileURL(join(ROOT, "schema/calico-ipam-lint.schema.json")).href}\n${BAD}`);
    expect(messages(d).some((x) => x.startsWith("3: "))).toBe(true);
  }, 60_000);
});
