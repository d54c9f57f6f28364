import { resolve } from "node:path";
import type { Command } from "commander";
import { writeThrough } from "../node/write.js";
import type * as PlanRenderers from "../report/plan.js";
import type { Plan } from "../report/plan.js";
import type { CliIO } from "./io.js";
import type { AddressMap } from "../report/address-map.js";
import { addLintOptions, addressMapOf, EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, runLintCommand, UsageError, type LintCliOptions } from "./lint-command.js";

/** `calico-ipam-lint plan [paths...]`: print the dry-run allocation. */

type Renderers = typeof PlanRenderers;

/** The renderers are loaded when the command runs, not at start-up. */
const PLAN_FORMATS: Record<string, (r: Renderers, p: Plan, map: () => Promise<string>) => string | Promise<string>> = {
  text: (r, p) => r.renderPlanText(p),
  markdown: (r, p) => r.renderPlanMarkdown(p),
  json: (r, p) => r.planToJSON(p),
  // The page draws every pool's address space: its renderer loads only when asked for.
  html: (_, __, map) => map(),
};

export function addPlanCommand(program: Command, io: CliIO, setExit: (code: number) => void): Command {
  const cmd = program
    .command("plan")
    .description(
      "Print the dry-run allocation: per pool its size, reserved, static, tunnel and demanded addresses, what is free, and every static address with its owner. Exits 1 when some pool set is short.",
    )
    .argument("[paths...]", "files or directories to read ('-' reads standard input)");
  addLintOptions(cmd);
  // The lint options are shared; the plan has its own formats.
  const format = cmd.options.find((o) => o.long === "--format");
  if (format) format.description = `output format: ${Object.keys(PLAN_FORMATS).join(", ")} (repeatable; default text)`;
  cmd
    .action(async (paths: string[], opts: LintCliOptions) => {
      const formats = opts.format.length > 0 ? opts.format : ["text"];
      for (const f of formats) if (!PLAN_FORMATS[f]) throw new UsageError(`unknown plan format "${f}"; choose one of ${Object.keys(PLAN_FORMATS).join(", ")}`);
      if (opts.outputFile.length > formats.length) throw new UsageError("each --output-file needs a --format before it");
      const toStdout = formats.filter((_, i) => (opts.outputPairs ? opts.outputPairs[i] : opts.outputFile[i]) === undefined);
      if (toStdout.length > 1) throw new UsageError("only one --format can write to standard output; give the others an --output-file");
      const [out, renderers] = await Promise.all([runLintCommand(paths, opts, io, { plan: true }), import("../report/plan.js")]);
      for (const m of out.missing) io.stderr.write(`calico-ipam-lint: ${m}: no such file or directory\n`);
      if (out.missing.length > 0) {
        setExit(EXIT_FAILURE);
        return;
      }
      // Under the settings the rules saw: the configuration's (nodes, IPAM), with --nodes on top.
      const plan = out.plan as Plan;
      const html = async (): Promise<string> => {
        const [map, { renderPlanHtml }] = await Promise.all([addressMapOf(out), import("../report/plan-html.js")]);
        return renderPlanHtml(map as AddressMap);
      };
      // Several clusters: one plan each (docs/layouts.md); the HTML page draws the first cluster's.
      const plans = out.plans && out.plans.length > 1 ? out.plans : null;
      for (const [i, format] of formats.entries()) {
        const text = plans && format !== "html" ? clusterPlans(renderers, format, plans) : await (PLAN_FORMATS[format] as (typeof PLAN_FORMATS)[string])(renderers, plan, html);
        // The file of the --format just before it (as for lint), not the i-th --output-file.
        const file = opts.outputPairs ? opts.outputPairs[i] : opts.outputFile[i];
        if (file !== undefined) await writeThrough(resolve(io.cwd, file), text, { createDirs: true });
        else io.stdout.write(text);
      }
      setExit((plans ?? [{ plan }]).some((p) => p.plan.failures.length > 0) ? EXIT_FINDINGS : EXIT_OK);
    });
  return cmd;
}

/**
 * One plan per cluster, when the repository deploys to several. JSON keeps its shape (the first
 * cluster's plan, as before) and adds `cluster` and `clusters`: each cluster's name and plan.
 */
function clusterPlans(r: Renderers, format: string, plans: readonly { readonly cluster: string; readonly plan: Plan }[]): string {
  if (format === "json") return `${JSON.stringify({ ...plans[0]?.plan, cluster: plans[0]?.cluster, clusters: plans.map((p) => ({ cluster: p.cluster, ...p.plan })) }, null, 2)}\n`;
  const render = format === "markdown" ? r.renderPlanMarkdown : r.renderPlanText;
  return plans.map((p) => (format === "markdown" ? `## Cluster ${p.cluster}\n\n` : `Cluster ${p.cluster}\n\n`) + render(p.plan)).join("\n");
}
