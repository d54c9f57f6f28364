import { dirname, resolve } from "node:path";
import type { LayoutOptions, RenderMode } from "../render/index.js";
import type { CliIO } from "./io.js";
import type { LintSetup } from "../node/setup.js";

/** The layout stage's options: `--render`, and the configuration's `clusters:`. */
export function layoutOptions(opts: { render?: RenderMode; cache?: string }, setup: LintSetup, io: CliIO): LayoutOptions {
  const clusters = setup.config?.config.data.clusters;
  return {
    render: opts.render ?? "auto",
    env: io.env,
    ...(opts.cache !== undefined ? { cacheDir: resolve(io.cwd, opts.cache) } : {}),
    ...(clusters && setup.config ? { clusters, clustersBase: dirname(setup.config.file) } : {}),
  };
}
