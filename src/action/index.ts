// Entry point of the GitHub Action (bundled into dist/action/index.js, which action.yml runs).
import * as core from "@actions/core";
import { WriteError } from "../cli/io.js";
import { main } from "./main.js";

try {
  await main();
} catch (err) {
  // A report file that cannot be written is the workflow's setup; anything else is a bug of ours.
  core.setFailed(`calico-ipam-lint: ${err instanceof WriteError ? "" : "internal error: "}${(err as Error).message ?? String(err)}`);
}
