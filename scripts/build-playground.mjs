// `npm run build:playground`: the playground (playground/) as a static folder, playground/dist/,
// publishable as it is (GitHub Pages): index.html, one script and one stylesheet, with the example
// repository (examples/gitops-repo) built in. The folder is not committed: it is built, like dist/
// would be, from the sources by this script (and by the Pages workflow).
import AjvModule from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { build } from "esbuild";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Another folder may be given (the browser tests build into a temporary one).
const out = process.argv[2] ? resolve(process.argv[2]) : join(root, "playground/dist");
const exampleDir = join(root, "examples/gitops-repo");

/** The example's manifests (YAML and JSON, dot folders too, as the CLI reads them), sorted by path. */
function manifests(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) found.push(...manifests(p));
    else if (/\.(ya?ml|json)$/i.test(name)) found.push(p);
  }
  return found;
}
const example = manifests(exampleDir)
  .map((p) => ({ name: relative(exampleDir, p).split(sep).join("/"), text: readFileSync(p, "utf8") }))
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/**
 * The rules validate pool specs with Ajv, which compiles a schema into a function with `new
 * Function`: the page's Content-Security-Policy forbids that (no 'unsafe-eval'). So the schemas are
 * compiled here, into code (Ajv's standalone output), and the page's "ajv" is a stand-in that hands
 * out these functions by schema.
 */
async function precompiledAjv() {
  const dir = mkdtempSync(join(tmpdir(), "cil-playground-"));
  try {
    const outfile = join(dir, "schemas.mjs");
    await build({ entryPoints: [join(root, "src/model/schemas/calico.ts")], outfile, bundle: true, platform: "node", format: "esm", logLevel: "warning" });
    const schemas = Object.values(await import(pathToFileURL(outfile).href)).filter((v) => typeof v === "object" && v !== null);
    // The options of src/rules/pool-invalid.ts.
    const ajv = new AjvModule.default({ allErrors: true, strict: false, code: { source: true, esm: true } });
    return schemas.map((schema) => ({ key: JSON.stringify(schema), code: standaloneCode.default(ajv, ajv.compile(schema)) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const validators = await precompiledAjv();
const ajvPlugin = {
  name: "precompiled-ajv",
  setup(b) {
    b.onResolve({ filter: /^ajv$/ }, () => ({ path: "ajv", namespace: "precompiled-ajv" }));
    b.onResolve({ filter: /^precompiled-ajv:\d+$/ }, (a) => ({ path: a.path, namespace: "precompiled-ajv" }));
    b.onLoad({ filter: /^ajv$/, namespace: "precompiled-ajv" }, () => ({
      resolveDir: root,
      contents: [
        ...validators.map((_, i) => `import v${i} from "precompiled-ajv:${i}";`),
        `const byKey = new Map([${validators.map((v, i) => `[${JSON.stringify(v.key)}, v${i}]`).join(", ")}]);`,
        "class Ajv { compile(schema) { const v = byKey.get(JSON.stringify(schema)); if (!v) throw new Error('schema not compiled for the playground'); return v; } }",
        "export default { default: Ajv };",
      ].join("\n"),
    }));
    b.onLoad({ filter: /^precompiled-ajv:\d+$/, namespace: "precompiled-ajv" }, (a) => ({ resolveDir: root, contents: validators[Number(a.path.split(":")[1])].code }));
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: { playground: join(root, "playground/src/main.ts") },
  outdir: out,
  bundle: true,
  minify: true,
  sourcemap: false,
  format: "esm",
  platform: "browser",
  target: ["chrome111", "firefox113", "safari16.4"],
  // The core reads no files; node:path serves only the configuration's globs, which the page has none of.
  // node:path/posix: the layout stage (src/layout) joins and normalizes the tabs' names as the CLI does paths.
  alias: { "node:path": "pathe", "node:path/posix": "pathe" },
  define: { __EXAMPLE__: JSON.stringify(example), "process.env.NODE_ENV": '"production"' },
  legalComments: "linked",
  metafile: true,
  plugins: [ajvPlugin],
  logLevel: "warning",
});
copyFileSync(join(root, "playground/index.html"), join(out, "index.html"));
const sizes = Object.entries(result.metafile.outputs).map(([f, o]) => `${relative(root, f)} ${(o.bytes / 1024).toFixed(0)} KiB`);
process.stderr.write(`built ${relative(root, out) || out}/: ${sizes.join(", ")}\n`);
