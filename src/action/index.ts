// Entry point of the GitHub Action (bundled into dist/action/index.js, which action.yml runs).
import * as core from "@actions/core";
import { setFlagsFromString } from "node:v8";
import { main } from "./main.js";

// A run is short: V8 inlining less costs its optimizing compiler less, as bin/calico-ipam-lint.js
// has it (docs/performance.md, "Inlining").
setFlagsFromString("--max-inlined-bytecode-size-cumulative=200");

try {
  await main();
} catch (err) {
  core.setFailed(`calico-ipam-lint: internal error: ${(err as Error).message ?? String(err)}`);
}
