import { join } from "node:path";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintCore, type CoreResult, type Planned } from "../../src/core.js";
import { addressMap } from "../../src/engine/address-map.js";
import { ruleInfo } from "../../src/engine/run.js";
import { html } from "../../src/report/formatters/html.js";
import { cspFor } from "../../src/report/html-document.js";
import { esc, RELATED_SHOWN, renderFindings, REPORT_CSS } from "../../src/report/html.js";
import { finding, results } from "./helpers.js";
import { renderPlanHtml } from "../../src/report/plan-html.js";
import { cli } from "../cli/helpers.js";

/** `--format html` (src/report/formatters/html.ts) and `plan --format html` (src/report/plan-html.ts). */

const POOLS = `apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata:
  name: static-pool
spec:
  cidr: 10.10.0.0/24
  blockSize: 28
  assignmentMode: Manual
---
apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata:
  name: tiny
spec:
  cidr: 10.20.0.0/30
  blockSize: 30
---
apiVersion: crd.projectcalico.org/v1
kind: IPReservation
metadata:
  name: keep
spec:
  reservedCIDRs: ["10.10.0.0/29"]
`;

// Names no browser may read as markup: every one must come out as text.
const HOSTILE = `<img src=x onerror="alert(1)">`;
const PODS = `apiVersion: v1
kind: Pod
metadata:
  name: "a-${"</code><script>alert(2)</script>"}"
  namespace: '${HOSTILE}'
  annotations:
    cni.projectcalico.org/ipAddrs: '["10.10.0.20"]'
---
apiVersion: v1
kind: Pod
metadata:
  name: b
  annotations:
    cni.projectcalico.org/ipAddrs: '["10.10.0.20"]'
    'x-${HOSTILE}': "1"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: many
spec:
  replicas: 9
  template:
    metadata:
      annotations:
        cni.projectcalico.org/ipv4pools: '["tiny"]'
    spec:
      containers: [{ name: c, image: x }]
`;

/** The page as the CLI makes it: the core's run with its plan, and the address map drawn from it. */
const pageOf = (out: Planned<CoreResult>): string => html(out.results, { cwd: "/repo", rules: ruleInfo(), color: false, model: out.model, addressMap: addressMap(out.model, out.allocation, out.plan) });

function lint() {
  const out = lintCore({ texts: [{ path: "pools.yaml", text: POOLS }, { path: `pods-${"<b>"}.yaml`, text: PODS }] }, { plan: true });
  return { out, page: pageOf(out) };
}

/** Every tag name in the page: only these may appear, so no manifest text became markup. */
const tags = (page: string): Set<string> => new Set([...page.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => (m[1] as string).toLowerCase()));

describe("HTML report", () => {
  it("is one page that loads nothing: a CSP allowing only its own stylesheet, no script, no external resource", () => {
    const { page } = lint();
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${cspFor(REPORT_CSS)}">`);
    expect(cspFor(REPORT_CSS)).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; /);
    expect(page).toContain(`<style>${REPORT_CSS}</style>`);
    expect(tags(page).has("script")).toBe(false);
    const attributes = [...page.matchAll(/<[a-zA-Z][^>]*>/g)].flatMap((t) => [...t[0].matchAll(/\s([a-zA-Z-]+)=/g)].map((m) => m[1]));
    expect(attributes.filter((a) => /^(src|srcset|action|formaction|poster|data|on.*|style)$/i.test(a as string))).toEqual([]);
    expect(page).not.toMatch(/@import|url\((?!#)/);
    // The only links out are the rule pages.
    for (const m of page.matchAll(/href="([^"#][^"]*)"/g)) expect(m[1]).toMatch(/^https:\/\/github\.com\/calico-ipam-lint\/calico-ipam-lint\/blob\/main\/docs\/rules\/[a-z-]+\.md$/);
  });

  it("escapes everything the manifests say: names, namespaces, keys and file names stay text", () => {
    const { page } = lint();
    expect([...tags(page)].filter((t) => !["html", "head", "meta", "title", "style", "body", "a", "header", "h1", "h2", "h3", "p", "nav", "ul", "li", "main", "section", "span", "ol", "pre", "code", "mark", "strong", "svg", "defs", "pattern", "rect", "line", "circle", "table", "caption", "thead", "tbody", "tr", "th", "td", "details", "summary", "footer", "div"].includes(t))).toEqual([]);
    expect(page).not.toContain(HOSTILE);
    expect(page).toContain(esc(HOSTILE));
    expect(page).toContain(esc("</code><script>alert(2)</script>"));
    expect(page).toContain(esc("pods-<b>.yaml"));
  });

  it("groups the findings by file with their source lines, the reported columns marked, and links each to its rule's page", () => {
    const { out, page } = lint();
    const dup = out.results.flatMap((r) => r.findings).find((f) => f.ruleId === "duplicate-static-ip");
    expect(dup).toBeDefined();
    expect(page).toContain('<a class="rule" href="https://github.com/calico-ipam-lint/calico-ipam-lint/blob/main/docs/rules/duplicate-static-ip.md">duplicate-static-ip</a>');
    expect(page).toContain(`line ${dup?.line}, column ${dup?.column}`);
    expect(page).toContain("<mark>10.10.0.20</mark>");
    // The other claim of the address is named with its place.
    expect(dup?.related?.length).toBeGreaterThan(0);
    expect(page).toContain(`<ul class="related" aria-label="Related places"><li><span class="where">${esc(dup?.related?.[0]?.file ?? "")}:${dup?.related?.[0]?.line}:`);
    // Severity is a word and a symbol, not a colour alone.
    expect(page).toMatch(/<span class="sev error">✖ error<\/span>/);
  });

  it("draws each pool's address space: reserved cells, static claims with their workload, demand against capacity, what is short", () => {
    const { page } = lint();
    const pool = page.slice(page.indexOf('<span class="pool-name">static-pool'), page.indexOf('<span class="pool-name">tiny'));
    // 10.10.0.0/24 in /28 blocks: 16 cells of one block; 10.10.0.0/29 reserves half of the first.
    expect(pool).toContain("16 cells of one block (/28, 16 addresses each); 1 with reserved addresses, 1 with static addresses.");
    expect(pool.match(/<rect class="cell /g)?.length).toBe(16);
    expect(pool).toContain("<td><code>10.10.0.0</code> – <code>10.10.0.15</code></td><td class=\"num\">8</td>");
    expect(pool).toContain("<code>10.10.0.16</code> – <code>10.10.0.31</code>");
    expect(pool).toContain(`Pod ${esc(HOSTILE)}/a-`);
    const tiny = page.slice(page.indexOf('<span class="pool-name">tiny'));
    expect(tiny).toContain('<span class="badge short-badge">5 short</span>');
    expect(tiny).toMatch(/<td class="num">9<\/td><td class="num">0<\/td><td class="num bad">5<\/td>/);
    expect(page).toContain("9 needed, 4 assignable, <strong>5 short</strong>");
  });

  it("says which findings --fix fixes", () => {
    const text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/ipv4Pools: '[\"a\"]'\n";
    const page = pageOf(lintCore({ texts: [{ path: "p.yaml", text }] }, { plan: true }));
    expect(page).toMatch(/annotation-unknown<\/a> <span class="fixable">fixable by <code>--fix<\/code><\/span>/);
  });

  it("without the run's address map (a library caller) still lists the findings", () => {
    const { out } = lint();
    const page = html(out.results, { cwd: "/repo", rules: ruleInfo(), color: false });
    expect(page).toContain("duplicate-static-ip");
    expect(page).not.toContain("Address space");
  });
});

describe("calico-ipam-lint --format html", () => {
  it("draws the address space of the run's own allocation beside the findings", async () => {
    const root = join(import.meta.dirname, "../..");
    const r = await cli(["examples/gitops-repo", "--format", "html"], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('<span class="pool-name">batch-pool</span> <code>10.244.65.0/28</code> <span class="badge manual">manual</span> <span class="badge short-badge">4 short</span>');
    expect(r.stdout).toContain("pool-exhausted");
  });
});

describe("plan --format html", () => {
  it("is the address map of the same allocation the other plan formats print", async () => {
    const root = join(import.meta.dirname, "../..");
    const r = await cli(["plan", "examples/gitops-repo", "--format", "html"], { cwd: root });
    // The example holds Kustomize overlays and a chart; with no kubectl or helm on this run's PATH the
    // CLI says, and says only, that they were not rendered (docs/layouts.md).
    expect(r.stderr.split("\n").filter((l) => l !== "" && !/linted as raw files|not linted: the chart/.test(l))).toEqual([]);
    expect(r.code).toBe(1); // batch-pool is short, as `plan` says in text
    expect(r.stdout).toContain('<span class="pool-name">batch-pool</span> <code>10.244.65.0/28</code> <span class="badge manual">manual</span> <span class="badge short-badge">4 short</span>');
    expect(r.stdout).toContain("<td><code>172.20.0.10</code></td><td><code>ipAddrs</code></td><td>Pod web/partner-api</td>");
    const json = JSON.parse((await cli(["plan", "examples/gitops-repo", "--format", "json"], { cwd: root })).stdout) as { statics: unknown[] };
    expect(r.stdout.match(/<tr><td><code>/g)?.length).toBeGreaterThanOrEqual(json.statics.length);
  });

  it("renders from the address map alone (what the playground draws too)", () => {
    const out = lintCore({ texts: [{ path: "pools.yaml", text: readFileSync(join(import.meta.dirname, "../../examples/gitops-repo/cluster/ippools.yaml"), "utf8") }] }, { plan: true });
    const page = renderPlanHtml(addressMap(out.model, out.allocation, out.plan));
    expect(page).toContain("default-ipv4-ippool");
  });
});

describe("the related places of a finding in the HTML report", () => {
  it("lists the first ten and counts the rest", () => {
    const related = Array.from({ length: 13 }, (_, i) => ({ file: "b.yaml", line: i + 1, column: 3, endLine: i + 1, endColumn: 9, message: `claim ${i}` }));
    const page = renderFindings(results([finding({ file: "a.yaml", ruleId: "duplicate-static-ip", related })]), () => undefined, () => undefined, (id) => `https://example.com/${id}`);
    expect(page.match(/<span class="where">b\.yaml:/g)).toHaveLength(RELATED_SHOWN);
    expect(page).toContain("claim 9</li>");
    expect(page).not.toContain("claim 10</li>");
    expect(page).toContain('<li class="more">and 3 more (<code>--format json</code> lists every one)</li>');
  });
});
