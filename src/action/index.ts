// Entry point of the GitHub Action (bundled into dist/action/index.js, which action.yml runs).
import * as core from "@actions/core";
import { compileLess } from "../node/v8-flags.js";
import { main } from "./main.js";

// The Action lints a repository: V8 compiles less, as the command has it for a repository
// (node/v8-flags.ts).
await compileLess();

try {
  await main();
} catch (err) {
  core.setFailed(`calico-ipam-lint: internal error: ${(err as Error).message ?? String(err)}`);
}
