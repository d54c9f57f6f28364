#!/usr/bin/env node
// Node 22.8 and later keep V8's compiled code of the modules imported below between runs, as tsc
// and eslint have Node do: a run after the first starts about 11 ms sooner (docs/performance.md).
// The cache is Node's own, in os.tmpdir()/node-compile-cache unless NODE_COMPILE_CACHE names
// another directory; NODE_DISABLE_COMPILE_CACHE=1 turns it off. Older Node has no such call.
import module from "node:module";
import v8 from "node:v8";

module.enableCompileCache?.();
// A run is short, and V8's optimizing compiler, on threads beside it, was a quarter of its CPU:
// inlining less makes a lint of a repository 10-15% cheaper and no slower, 300,000 documents
// included (docs/performance.md, "Inlining"). Unless the user set it on node's command line.
if (!process.execArgv.some((a) => a.replaceAll("_", "-").startsWith("--max-inlined-bytecode-size-cumulative"))) {
  v8.setFlagsFromString("--max-inlined-bytecode-size-cumulative=200");
}
const { run } = await import("../dist/cli.js");
process.exitCode = await run(process.argv.slice(2));
