import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
} from "vscode-languageserver-protocol/node";

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * The CLI bundled from the sources now, as `npm run build` bundles it (scripts/build.mjs), with a
 * runner that starts it as bin/calico-ipam-lint.js does: the server under test is the real program,
 * lazy chunks included.
 */
export async function buildCli(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "cil-lsp-dist-"));
  const { bundle } = (await import(pathToFileURL(join(ROOT, "scripts/build.mjs")).href)) as { bundle: (outdir: string, entries: Record<string, string>) => Promise<void> };
  await bundle(out, { cli: join(ROOT, "src/cli/index.ts") });
  const runner = join(out, "run.mjs");
  writeFileSync(runner, 'import { run } from "./cli.js";\nprocess.exitCode = await run(process.argv.slice(2));\n');
  return runner;
}

export function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "cil-lsp-"));
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), t);
  }
  return root;
}

export const uri = (root: string, path: string): string => pathToFileURL(join(root, path)).href;

export interface Session {
  readonly conn: ProtocolConnection;
  readonly child: ChildProcess;
  /** The latest diagnostics per URI, and every publication in order. */
  readonly diagnostics: Map<string, Diagnostic[]>;
  readonly publications: { uri: string; count: number }[];
  /** The messages the server asked the editor to show (window/showMessage), in order. */
  readonly messages: string[];
  /** Resolves when the predicate holds over the diagnostics (checked at each publication). */
  until(predicate: () => boolean): Promise<void>;
  stderr(): string;
  close(): Promise<number | null>;
}

/** `workspace: false`: the client names no workspace folder (a lone file opened in an editor). */
export async function startSession(
  runner: string,
  root: string,
  { workspace = true, env = {} as Record<string, string>, folders = undefined as readonly string[] | undefined } = {},
): Promise<Session> {
  const child = spawn(process.execPath, [runner, "lsp", "--stdio", `--clientProcessId=${process.pid}`], { cwd: root, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...env } });
  let err = "";
  child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const diagnostics = new Map<string, Diagnostic[]>();
  const publications: { uri: string; count: number }[] = [];
  const waiters: { predicate: () => boolean; resolve: () => void }[] = [];
  const check = (): void => {
    for (const w of [...waiters]) if (w.predicate()) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  const messages: string[] = [];
  conn.onNotification(ShowMessageNotification.type, (m) => {
    messages.push(m.message);
    check();
  });
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    diagnostics.set(p.uri, p.diagnostics);
    publications.push({ uri: p.uri, count: p.diagnostics.length });
    check();
  });
  conn.listen();
  await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: workspace ? pathToFileURL(folders?.[0] ?? root).href : null,
    ...(workspace ? { workspaceFolders: (folders ?? [root]).map((f, i) => ({ uri: pathToFileURL(f).href, name: `ws${i}` })) } : {}),
    // With several folders, the client says it tells of folders added and removed (VS Code does).
    capabilities: folders ? { workspace: { workspaceFolders: true } } : {},
  });
  await conn.sendNotification(InitializedNotification.type, {});
  const exited = new Promise<number | null>((res) => child.on("exit", (code) => res(code)));
  return {
    conn,
    child,
    diagnostics,
    publications,
    messages,
    until: (predicate) =>
      new Promise<void>((res) => {
        if (predicate()) return res();
        waiters.push({ predicate, resolve: res });
      }),
    stderr: () => err,
    close: async () => {
      await conn.sendRequest("shutdown");
      await conn.sendNotification("exit");
      const code = await exited;
      conn.dispose();
      return code;
    },
  };
}
