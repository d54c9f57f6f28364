import { resolve } from "node:path";
import type { LayoutOptions, RenderMode } from "../render/index.js";
import type { CliIO } from "./io.js";
import type { LintSetup } from "../node/setup.js";

/** The layout stage's options: `--render`, `--cache`, over the configuration's `clusters:` (as the Action and the language server get them). */
export function layoutOptions(opts: { render?: RenderMode; cache?: string }, setup: LintSetup, io: CliIO): LayoutOptions {
  const fromConfig = setup.options.layout === false ? undefined : setup.options.layout;
  return {
    ...fromConfig,
    render: opts.render ?? "auto",
    env: io.env,
    ...(opts.cache !== undefined ? { cacheDir: resolve(io.cwd, opts.cache) } : {}),
    // Whether standard error is a terminal, asked only when something is rendered (asking builds the stream).
    progress: {
      write: (s: string) => io.stderr.write(s),
      get tty() {
        return io.stderrIsTTY === true;
      },
    },
  };
}
