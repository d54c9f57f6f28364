import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The module graph of src/: no module imports, directly or through others, one that imports it
 * (the pipeline reads in one direction, and the CLI's commands share lint-command.ts rather than
 * each other). Type-only imports count too, as in scripts/import-cycles.mjs: a type shared both ways
 * belongs in a module both can import.
 */

const SRC = resolve(import.meta.dirname, "../src");

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? modules(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [join(dir, e.name)] : []));
}

/** Relative imports, type-only ones included: `import … from`, `export … from`, `import()`. */
function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  const re = /^\s*(?:import|export)\s+(?:[^;]*?\sfrom\s+)?["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/gm;
  for (const m of text.matchAll(re)) {
    const spec = (m[1] ?? m[2]) as string;
    out.push(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
  }
  return out;
}

function cycles(): string[][] {
  const files = modules(SRC);
  const graph = new Map(files.map((f) => [f, imports(f).filter((t) => files.includes(t))]));
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, "open");
    stack.push(f);
    for (const t of graph.get(f) ?? []) {
      if (state.get(t) === "open") found.push([...stack.slice(stack.indexOf(t)), t].map((p) => relative(SRC, p)));
      else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return found;
}

describe("src/ module graph", () => {
  it("has no import cycles", () => {
    expect(cycles()).toEqual([]);
  });
});
