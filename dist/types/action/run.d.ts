/**
 * The Action's entry for `@github/local-action`, which imports a module and calls its `run` export
 * (`npx @github/local-action run . src/action/run.ts .env`). The runner itself runs index.ts's
 * bundle, which calls the same main().
 */
export { main as run } from "./main.js";
