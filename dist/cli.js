import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import {
  processIO
} from "./chunks/chunk-MJ6U7MQH.js";
import {
  VERSION
} from "./chunks/chunk-KFKEVZ4F.js";
import "./chunks/chunk-UZMCNIHN.js";

// src/cli/index.ts
async function run(argv, io = processIO()) {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
    io.stdout.write(`${VERSION}
`);
    return 0;
  }
  const { run: runCli } = await import("./chunks/main-EOD34KAA.js");
  return runCli(argv, io);
}
export {
  run
};
