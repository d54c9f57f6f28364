import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Microsoft's SARIF Multitool (npm `@microsoft/sarif-multitool`, a self-contained .NET binary in
 * the per-platform package) validating a file against the SARIF schema and its rules, including
 * GitHub's ingestion rules (`--rule-kind "Gh;Sarif"`).
 *
 * The multitool exits 0 even when it reports errors, so its verdict is read from the SARIF file it
 * writes. The binary is spawned directly: the package's `bin.js` runs it through a shell, where the
 * `;` in `Gh;Sarif` would end the command.
 */

export interface MultitoolResult {
  readonly ruleId: string;
  readonly level: string;
  readonly text: string;
}

export interface MultitoolVerdict {
  readonly errors: MultitoolResult[];
  readonly warnings: MultitoolResult[];
  readonly stdout: string;
}

/** The binary's path, or why there is none on this machine. */
export function multitoolBinary(): { path: string } | { missing: string } {
  try {
    const req = createRequire(import.meta.url);
    const path = req("@microsoft/sarif-multitool") as string;
    return existsSync(path) ? { path } : { missing: `${path} does not exist` };
  } catch (err) {
    return { missing: `@microsoft/sarif-multitool is not installed for ${process.platform} (${(err as Error).message.split("\n")[0]})` };
  }
}

interface SarifMessage {
  text?: string;
  id?: string;
  arguments?: string[];
}

const messageText = (m: SarifMessage | undefined): string => m?.text ?? `${m?.id ?? ""} ${(m?.arguments ?? []).join(" | ")}`;

export function validateWithMultitool(binary: string, sarifFile: string): MultitoolVerdict {
  const out = join(mkdtempSync(join(tmpdir(), "cil-multitool-")), "validation.sarif");
  const r = spawnSync(binary, ["validate", "--rule-kind", "Gh;Sarif", "-o", out, sarifFile], {
    encoding: "utf8",
    timeout: 120_000,
    // The .NET runtime wants somewhere to write; keep it out of the user's home.
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1" },
  });
  const stdout = `${r.stdout ?? ""}${r.stderr ?? ""}`;
  if (r.error) throw new Error(`sarif-multitool could not run: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`sarif-multitool exited ${r.status}:\n${stdout}`);
  if (!existsSync(out)) throw new Error(`sarif-multitool wrote no results:\n${stdout}`);
  const log = JSON.parse(readFileSync(out, "utf8")) as {
    runs: {
      results?: { ruleId: string; level?: string; message?: SarifMessage }[];
      invocations?: { executionSuccessful?: boolean; toolExecutionNotifications?: { level?: string; message?: SarifMessage }[]; toolConfigurationNotifications?: { level?: string; message?: SarifMessage }[] }[];
    }[];
  };
  const errors: MultitoolResult[] = [];
  const warnings: MultitoolResult[] = [];
  for (const run of log.runs) {
    for (const res of run.results ?? []) {
      const item = { ruleId: res.ruleId, level: res.level ?? "warning", text: messageText(res.message) };
      if (item.level === "error") errors.push(item);
      else if (item.level === "warning") warnings.push(item);
    }
    for (const inv of run.invocations ?? []) {
      if (inv.executionSuccessful === false) errors.push({ ruleId: "executionSuccessful", level: "error", text: stdout });
      for (const n of [...(inv.toolExecutionNotifications ?? []), ...(inv.toolConfigurationNotifications ?? [])]) {
        if (n.level === "error") errors.push({ ruleId: "notification", level: "error", text: messageText(n.message) });
      }
    }
  }
  return { errors, warnings, stdout };
}
