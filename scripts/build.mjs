// Bundles the CLI, the library and the GitHub Action into self-contained files under dist/, so that
// the pre-commit hook and the Action run without installing or compiling anything.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { writeNotices } from "./notices.mjs";

const banner = {
  js: "import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);",
};

export const ENTRIES = {
  "cli": "src/cli/index.ts",
  "index": "src/index.ts",
  "action/index": "src/action/index.ts",
};

/**
 * Entries split into chunks under dist/chunks/, loaded when a run needs them: the CLI, whose
 * start-up the pre-commit hook pays on every commit (`--version` loads no chunk of the linter, a
 * run with nothing to report no formatter). The library and the Action stay one file each.
 */
export const SPLIT = new Set(["cli"]);

/**
 * The split CLI and its lazily loaded packages are written without whitespace or redundant syntax:
 * V8 scans every byte of a module when it loads it, and the ~940 kB a lint loads took about 3 ms
 * less to start so. Names stay as written, so a stack trace still reads.
 */
const COMPACT = { minifyWhitespace: true, minifySyntax: true };
export const CHUNKS = "chunks";

/**
 * Packages the split CLI reads only when first used, not at start-up: yaml (the precise reader, for
 * the files the fast reader declines) and ajv (pool and configuration validation), half the size
 * of the linter's chunk, and eslint-rule-docs (the pages of every ESLint plugin's rules, which the
 * stylish report looks up only for rules it has no page for: never ours). Each is bundled alone
 * into dist/chunks/<name>.cjs; the chunks import a stand-in whose exports are getters (and, for a
 * function, a call) that load it (synchronously, with `require`, from the chunk's own directory)
 * the first time one is used. Callers keep their static, synchronous imports.
 *
 * picomatch (configuration globs) and ignore (.gitignore files) are used only when a run has them;
 * loading them was about 2 ms of a start-up.
 *
 * string-width (which eslint-formatter-pretty measures each line with) is one more: building its
 * grapheme segmenter and its \p{RGI_Emoji} expression at load takes about 35 ms, a third of a
 * start-up, though for printable ASCII the package itself returns the length at once. Its stand-in
 * (STAND_INS) answers those strings alike and loads the package for any other.
 */
export const LAZY_PACKAGES = ["yaml", "ajv", "eslint-rule-docs", "string-width", "picomatch", "ignore"];

/** Stand-ins with a fast path of their own, by package; `load()` gives the package's exports. */
const STAND_INS = {
  "string-width": `module.exports = function stringWidth(input, options) {
  // The package's own fast path: printable ASCII (no escape sequence to strip) is as wide as long.
  if (typeof input === "string" && /^[\u0020-\u007E]*$/.test(input)) return input.length;
  return load().default(input, options);
};
`,
};

/**
 * Node's own modules the split CLI loads on first use: a lint of files that need no rendering, no
 * git and no writing uses neither, and loading them at start-up took about 6 ms (child_process
 * brings in the stream, net and dgram modules; crypto, Web Crypto). commander requires
 * child_process only to run a command's executable, which the CLI has none of.
 */
export const LAZY_BUILTINS = ["node:child_process", "node:crypto"];


const requireHere = createRequire(import.meta.url);

/**
 * The pool schemas' validators, compiled here (Ajv's standalone code) instead of at run time, where
 * compiling them and Ajv's meta-schema took about 40 ms of CPU in every run that saw a pool. The
 * options are pool-invalid's (src/rules/pool-invalid/schema.ts); the CLI's "ajv" stand-in
 * (`ajvStandIn`) hands out these functions for a schema and options they were compiled from, and
 * compiles anything else (the configuration's schema) with Ajv, loaded then.
 */
export const PRECOMPILED_AJV_OPTIONS = { allErrors: true, strict: false, validateSchema: false };
export const AJV_VALIDATORS = "ajv-validators.cjs";

async function precompiledSchemas() {
  const dir = mkdtempSync(join(tmpdir(), "cil-build-"));
  try {
    const outfile = join(dir, "schemas.mjs");
    await build({ entryPoints: ["src/model/schemas/calico.ts"], outfile, bundle: true, platform: "node", format: "esm", logLevel: "warning" });
    const schemas = Object.values(await import(pathToFileURL(outfile).href)).filter((v) => typeof v === "object" && v !== null);
    const Ajv = requireHere("ajv");
    const standaloneCode = requireHere("ajv/dist/standalone").default;
    const ajv = new Ajv.default({ ...PRECOMPILED_AJV_OPTIONS, code: { source: true } });
    return schemas.map((schema) => ({ key: JSON.stringify(schema), code: standaloneCode(ajv, ajv.compile(schema)) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The "ajv" stand-in of the split CLI: precompiled validators by schema, else Ajv itself. */
function ajvStandIn(names, keys) {
  return `const KEYS = ${JSON.stringify(keys)};
const OPTIONS = ${JSON.stringify(JSON.stringify(PRECOMPILED_AJV_OPTIONS))};
let validators;
class Ajv {
  constructor(options) {
    this.options = options;
  }
  compile(schema) {
    const i = JSON.stringify(this.options ?? {}) === OPTIONS ? KEYS.indexOf(JSON.stringify(schema)) : -1;
    if (i !== -1) return (validators ??= (0, require)(${JSON.stringify(`./${AJV_VALIDATORS}`)}))[i];
    this.real ??= new (load().default)(this.options);
    return this.real.compile(schema);
  }
}
module.exports.default = Ajv;
for (const name of ${JSON.stringify(names.filter((n) => n !== "default"))}) Object.defineProperty(module.exports, name, { enumerable: true, get: () => load()[name] });
`;
}

/** The body of a module that requires `spec` the first time one of `real`'s exports is used (or `custom`, which has `load`). */
function standIn(spec, real, custom) {
  return `let real;
const load = () => (real ??= (0, require)(${JSON.stringify(spec)}));
${custom ?? `${typeof real === "function" ? "module.exports = function (...args) { return load().apply(this, args); };\n" : ""}for (const name of ${JSON.stringify(Object.keys(real))}) Object.defineProperty(module.exports, name, { enumerable: true, get: () => load()[name] });
`}`;
}

const lazyPackages = (precompiled) => ({
  name: "lazy-packages",
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${LAZY_PACKAGES.join("|")})$`) }, (args) => ({ path: args.path, namespace: "lazy-package" }));
    b.onResolve({ filter: new RegExp(`^(${LAZY_BUILTINS.join("|")})$`) }, (args) => ({ path: args.path, namespace: "lazy-builtin" }));
    b.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, (args) => ({
      loader: "js",
      contents: `// ${args.path}, loaded on first use (scripts/build.mjs)\n${standIn(args.path, requireHere(args.path))}`,
    }));
    b.onLoad({ filter: /.*/, namespace: "lazy-package" }, (args) => {
      const real = requireHere(args.path);
      const file = `./${args.path}.cjs`;
      const custom = args.path === "ajv" ? ajvStandIn(Object.keys(real), precompiled.map((v) => v.key)) : STAND_INS[args.path];
      return { loader: "js", contents: `// ${args.path}, loaded on first use from ${JSON.stringify(file)} (scripts/build.mjs)\n${standIn(file, real, custom)}` };
    });
  },
});

/**
 * The modules the CLI loads with import() from code that runs only once cli/main.ts is loaded (a
 * formatter, --fix, the language server, the renders' options). Each is given a static import of
 * main.ts, which costs nothing when it loads (main is there) and tells esbuild so: the code a lint
 * loads is then reached from every entry alike and is one chunk, where it was ten (each set of
 * lazy modules that shares some of it made one), and Node 20's loader takes about half a
 * millisecond for each module.
 *
 * The last five are what a lint of files that deploy nothing, compare with no revision and run
 * no subcommand never runs: the comparison with a revision (node/impact.ts, with git), the
 * renders and all after them (render/run.ts), ApplicationSets' generators, `gate` and `plan`'s
 * renderers. V8 compiles every byte of a module it loads: without them the lint's chunk is a fifth
 * smaller (507 kB, from 640), and a lint of one small file starts about 5 ms sooner.
 */
export const LOADED_AFTER_MAIN = [
  "src/report/formatters/stylish.ts",
  "src/report/formatters/json.ts",
  "src/report/formatters/sarif.ts",
  "src/report/formatters/github.ts",
  "src/report/formatters/junit.ts",
  "src/report/formatters/html.ts",
  "src/report/plan-html.ts",
  "src/engine/address-map.ts",
  "src/render/options.ts",
  "src/cli/fix.ts",
  "src/lsp/index.ts",
  "src/node/impact.ts",
  "src/cli/gate-run.ts",
  "src/report/plan.ts",
  "src/render/run.ts",
  "src/layout/applicationset.ts",
];

const MAIN = "src/cli/main.ts";
const afterMain = {
  name: "after-main",
  setup(b) {
    const main = resolve(MAIN);
    const lazy = new Set(LOADED_AFTER_MAIN.map((p) => resolve(p)));
    const escape = (p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    b.onLoad({ filter: new RegExp(`^(${[...lazy].map(escape).join("|")})$`) }, async (args) => ({
      loader: "ts",
      contents: `${await readFile(args.path, "utf8")}\nimport ${JSON.stringify(main)};\n`,
    }));
  },
};

export async function bundle(outdir = "dist", entries = ENTRIES) {
  const common = { outdir, bundle: true, platform: "node", format: "esm", target: "node20", banner, legalComments: "none", logLevel: "warning" };
  const pick = (split) => Object.fromEntries(Object.entries(entries).filter(([name]) => SPLIT.has(name) === split));
  const split = pick(true);
  const whole = pick(false);
  if (Object.keys(split).length > 0) {
    const precompiled = await precompiledSchemas();
    const { outputFiles, metafile } = await build({ ...common, entryPoints: split, splitting: true, chunkNames: `${CHUNKS}/[name]-[hash]`, plugins: [lazyPackages(precompiled), afterMain], ...COMPACT, write: false, metafile: true, define: readWorkerAt(`${CHUNKS}/x.js`) });
    // A module loaded with import() that is not in the list splits the lint's code again (Node's
    // own modules are not bundled: loading one lazily splits nothing).
    for (const [from, input] of Object.entries(metafile.inputs)) {
      for (const i of input.imports) {
        if (i.kind === "dynamic-import" && !i.external && i.path !== MAIN && !LOADED_AFTER_MAIN.includes(i.path)) throw new Error(`${from} imports ${i.path} with import(): add it to LOADED_AFTER_MAIN (scripts/build.mjs), or import it statically`);
      }
    }
    // `require` for the chunks that call it (the stand-ins above, esbuild's own __require): made
    // in every one of fifteen chunks, it was about 1.5 ms of a start-up.
    for (const file of outputFiles) {
      const body = file.text.startsWith(banner.js) ? file.text.slice(banner.js.length) : file.text;
      mkdirSync(dirname(file.path), { recursive: true });
      writeFileSync(file.path, /(?<![\w$.])require(?![\w$])/.test(body) ? file.text : body.replace(/^\n/, ""));
    }
    // Each validator is CommonJS (module.exports = validate); the array is in KEYS' order.
    await build({
      stdin: {
        contents: `module.exports = [${precompiled.map((v) => `(() => { const module = { exports: {} }; const exports = module.exports; ${v.code}\nreturn module.exports; })()`).join(",\n")}];`,
        resolveDir: process.cwd(),
        sourcefile: AJV_VALIDATORS,
      },
      outfile: join(outdir, CHUNKS, AJV_VALIDATORS),
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      legalComments: "none",
      logLevel: "warning",
      ...COMPACT,
    });
    for (const name of LAZY_PACKAGES) {
      await build({
        stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: process.cwd(), sourcefile: `${name}.cjs` },
        outfile: join(outdir, CHUNKS, `${name}.cjs`),
        bundle: true,
        platform: "node",
        format: "cjs",
        target: "node20",
        legalComments: "none",
        logLevel: "warning",
        ...COMPACT,
      });
    }
  }
  // Each whole entry alone: where the reading thread's module is depends on the entry's folder.
  for (const [name, entry] of Object.entries(whole)) await build({ ...common, entryPoints: { [name]: entry }, splitting: false, define: readWorkerAt(`${name}.js`) });
  await build({ ...common, entryPoints: { [READ_WORKER.slice(0, -3)]: "src/load/read-worker.ts" }, splitting: false, ...COMPACT });
}

/**
 * The threads that read files beside the main one (src/load/threads.ts) run dist/chunks/read-worker.js,
 * bundled alone (the fast reader's scanner and the file reading, about 40 kB): the code that
 * starts them finds it relative to its own bundle, at `from` under dist/.
 */
const READ_WORKER = `${CHUNKS}/read-worker.js`;
function readWorkerAt(from) {
  const rel = relative(dirname(from), READ_WORKER).split("\\").join("/");
  return { __READ_WORKER__: JSON.stringify(rel.startsWith(".") ? rel : `./${rel}`) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync("dist/types", { recursive: true, force: true });
  rmSync(`dist/${CHUNKS}`, { recursive: true, force: true });
  await bundle();
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
  // The notices of what the bundles hold (scripts/notices.mjs).
  await writeNotices(ENTRIES);
}
