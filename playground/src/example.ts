import type { PlaygroundFile } from "./state.js";

/** examples/gitops-repo, put in by the build (scripts/build-playground.mjs) so the page needs no request for it. */
declare const __EXAMPLE__: readonly PlaygroundFile[];

export const EXAMPLE: readonly PlaygroundFile[] = typeof __EXAMPLE__ === "undefined" ? [] : __EXAMPLE__;
