// Entry point of the GitHub Action (bundled into dist/action/index.js, which action.yml runs).
import * as core from "@actions/core";
import { main } from "./main.js";

try {
  await main();
} catch (err) {
  core.setFailed(`calico-ipam-lint: internal error: ${(err as Error).message ?? String(err)}`);
}
