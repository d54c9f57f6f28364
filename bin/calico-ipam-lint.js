#!/usr/bin/env node
// Node 22.8 and later keep V8's compiled code of the modules imported below between runs, as tsc
// and eslint have Node do: a run after the first starts about 11 ms sooner (docs/performance.md).
// The cache is Node's own, in os.tmpdir()/node-compile-cache unless NODE_COMPILE_CACHE names
// another directory; NODE_DISABLE_COMPILE_CACHE=1 turns it off. Older Node has no such call.
import module from "node:module";

module.enableCompileCache?.();
const { run } = await import("../dist/cli.js");
process.exitCode = await run(process.argv.slice(2));
