import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import {
  processIO
} from "./chunks/chunk-IIFZ2W72.js";
import {
  VERSION
} from "./chunks/chunk-YVLUQDJB.js";
import "./chunks/chunk-5AF7UOGD.js";

// src/cli/index.ts
async function run(argv, io = processIO()) {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
    io.stdout.write(`${VERSION}
`);
    return 0;
  }
  const { run: runCli } = await import("./chunks/main-PT6YRXVJ.js");
  return runCli(argv, io);
}
export {
  run
};
