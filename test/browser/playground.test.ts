import { inflateRawSync } from "node:zlib";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lintSources } from "../../src/engine/run.js";
import { applyFixes, isEditFix } from "../../src/fix/index.js";
import { parseSource } from "../../src/load/index.js";
import { decodeState } from "../../playground/src/state.js";
import { PLAYGROUND_URL } from "../../src/version.js";
import { cli } from "../cli/helpers.js";
import { buildPlayground, hasChromium, launch, ROOT, serve, SKIP_REASON, type Browser, type StaticServer } from "./helpers.js";

/**
 * The playground (playground/) in Debian's Chromium, served from the loopback as GitHub Pages would
 * serve playground/dist/: the example repository opened as a folder gives the CLI's findings, a
 * quick fix and Fix all change the text as --fix does, the URL restores the state, and no request
 * leaves the page.
 */

const EXAMPLE = join(ROOT, "examples/gitops-repo");

interface Shown {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  severity: string;
  message: string;
}

const key = (f: Shown): string => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`;

async function shownFindings(page: Page): Promise<Shown[]> {
  return page.$$eval("#findings li[data-finding]", (els) =>
    els.map((el) => {
      // (The test's types have no DOM: the page's elements are described by what is read.)
      const d = (el as unknown as { dataset: Record<string, string | undefined> }).dataset;
      return { file: d["file"] ?? "", line: Number(d["line"]), column: Number(d["column"]), ruleId: d["rule"] ?? "", severity: d["severity"] ?? "", message: el.querySelector(".msg")?.textContent ?? "" };
    }),
  );
}

/**
 * The CLI's findings for the example, run from its root as a user would, without rendering:
 * `calico-ipam-lint . --render never -f json`. The page runs the layout stage (docs/layouts.md) as
 * that mode does (src/core-layout.ts): it renders no chart or overlay, but reads the layout.
 */
async function cliFindings(cwd: string): Promise<Shown[]> {
  const r = await cli([".", "--render", "never", "-f", "json"], { cwd });
  const files = JSON.parse(r.stdout) as { filePath: string; messages: { line: number; column: number; ruleId: string; severity: number; message: string }[] }[];
  return files.flatMap((f) => f.messages.map((m) => ({ file: relative(cwd, f.filePath).split(sep).join("/"), line: m.line, column: m.column, ruleId: m.ruleId, severity: m.severity === 2 ? "error" : "warning", message: m.message })));
}

/**
 * The text of a tab as the page holds it, read from the state the page writes into its URL (the
 * editor draws only the lines in view). test/browser/state.test.ts checks that codec on its own.
 */
async function tabText(page: Page, name: string): Promise<string> {
  await settled(page);
  const state = await decodeState(new URL(page.url()).hash, async (b) => inflateRawSync(b));
  const file = state?.files.find((f) => f.name === name);
  if (!file) throw new Error(`no tab ${name} in the page's URL`);
  return file.text;
}

/** Wait until the page has linted every change so far and written it into the URL. */
async function settled(page: Page): Promise<void> {
  // A function, not a string: the page's CSP forbids eval. (The test's types have no DOM.)
  await page.waitForFunction(() => {
    const d = (globalThis as unknown as { document: { body: { dataset: Record<string, string | undefined> } } }).document.body.dataset;
    return d["version"] !== undefined && d["version"] === d["lintVersion"] && d["lintVersion"] === d["savedVersion"];
  });
}

/**
 * Open a folder through the page's folder input and wait for its run. The page reads the files
 * asynchronously and already shows the built-in example, all settled: wait for the change the
 * folder makes before waiting for it to settle.
 */
async function openFolder(page: Page, dir: string): Promise<void> {
  type Doc = { document: { body: { dataset: Record<string, string | undefined> } } };
  const before = await page.evaluate(() => (globalThis as unknown as Doc).document.body.dataset["version"]);
  await page.setInputFiles("#open-folder", dir);
  await page.waitForFunction((b) => (globalThis as unknown as Doc).document.body.dataset["version"] !== b, before);
  await settled(page);
}

/** Every file of a folder, with paths relative to it. */
function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p).split(sep).join("/"), readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out;
}

describe.skipIf(!hasChromium)("playground in Chromium", () => {
  let site: string;
  let server: StaticServer;
  let browser: Browser;
  const outside: string[] = [];
  let requests = 0;

  beforeAll(async () => {
    site = buildPlayground();
    server = await serve(site);
    browser = await launch();
    // Every request the pages make passes here: only the loopback server may answer.
    await browser.context.route("**/*", (route) => {
      requests++;
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      outside.push(url);
      return route.abort();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  async function open(hash = ""): Promise<Page> {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(server.url + hash);
    await page.waitForSelector("#findings li");
    await settled(page);
    expect(errors).toEqual([]);
    return page;
  }

  it("loads from the loopback with three files and nothing else, and opens on the built-in example", async () => {
    const before = requests;
    const page = await open();
    expect(requests - before).toBe(3); // index.html, playground.js, playground.css
    expect(outside).toEqual([]);
    expect(Number(await page.evaluate<string>("document.body.dataset.firstFindingsMs"))).toBeGreaterThan(0);
    await page.close();
  });

  it("fits a phone's width: the tabs scroll sideways, the map comes below the editor", async () => {
    const page = await open();
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate<boolean>("document.documentElement.scrollWidth <= document.documentElement.clientWidth")).toBe(true);
    const [editor, map] = await Promise.all([page.locator("#editor").boundingBox(), page.locator("#map").boundingBox()]);
    expect((map?.y ?? 0) > (editor?.y ?? 0) + (editor?.height ?? 0)).toBe(true);
    await page.close();
  });

  it("keeps working offline once loaded", async () => {
    const page = await open();
    await browser.context.setOffline(true);
    try {
      const before = (await shownFindings(page)).length;
      await page.locator("#fix-all").click();
      await settled(page);
      const after = (await shownFindings(page)).length;
      expect(after).toBeLessThan(before);
      await page.locator("#load-example").click();
      await settled(page);
      expect((await shownFindings(page)).length).toBe(before);
    } finally {
      await browser.context.setOffline(false);
    }
    await page.close();
  });

  it("shows the CLI's findings (--render never) for the example repository opened as a folder, and says what it did not render", async () => {
    const page = await open();
    await openFolder(page, EXAMPLE);
    const shown = await shownFindings(page);
    const expected = (await cliFindings(EXAMPLE)).map(key).sort();
    expect(expected.length).toBeGreaterThan(20);
    expect(shown.map(key).sort()).toEqual(expected);
    // The chart's templates are Go templates, not manifests: no yaml-syntax from them, nor anywhere.
    expect(shown.filter((f) => f.ruleId === "yaml-syntax" || f.file.includes("/templates/"))).toEqual([]);
    // Per cluster, as the CLI judges them.
    expect(shown.some((f) => f.message.endsWith("[cluster prod-eu-1]"))).toBe(true);
    // One line says which charts and overlays were not rendered, and that the CLI renders them.
    const notice = page.locator("#notice");
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toBe(
      "Not rendered here: chart charts/edge-gateway (not linted); Kustomize roots workloads/dns-cache/overlays/prod-eu-1, workloads/dns-cache/overlays/staging (linted without their patches). The CLI renders them with helm and kustomize; this page lints as calico-ipam-lint --render never does.",
    );
    // The findings are inline in the editor too: the active tab's diagnostics.
    // (edge-proxy.yaml holds warnings only since ip-outside-pod-cidr became a warning.)
    await page.locator("#tabs [role=tab]", { hasText: "apps/web/edge-proxy.yaml" }).click();
    await page.waitForSelector("#editor .cm-lintRange-warning");
    // And the map shows the short pool, with its words, not only its colour.
    expect(await page.locator("#map .pool.is-short .short-badge").textContent()).toBe("4 short");
    expect(outside).toEqual([]);
    await page.close();
  });

  it("applies a quick fix as --fix does, and Fix all writes what `calico-ipam-lint --fix` writes", async () => {
    const page = await open();
    await openFolder(page, EXAMPLE);
    const name = "apps/monitoring/agents.yaml";
    const before = readFileSync(join(EXAMPLE, name), "utf8");
    // The expected text: that finding's edits applied to the file (src/fix applyFixes, what --fix applies first).
    const files = [...filesOf(EXAMPLE)].filter(([n]) => /\.(ya?ml|json)$/.test(n)).map(([n, t]) => parseSource(n, t));
    const finding = lintSources(files).results.find((r) => r.file === name)?.findings.find((f) => f.ruleId === "annotation-unknown");
    expect(isEditFix(finding?.fix)).toBe(true);
    const expected = applyFixes(before, isEditFix(finding?.fix) ? [finding.fix] : []).text;
    expect(expected).not.toBe(before);
    await page.locator(`#findings li[data-file="${name}"][data-rule="annotation-unknown"] button.fix`).click();
    await settled(page);
    expect(await tabText(page, name)).toBe(expected);
    expect((await shownFindings(page)).some((f) => f.file === name && f.ruleId === "annotation-unknown")).toBe(false);

    // Fix all against the real CLI on a copy of the repository.
    const copy = mkdtempSync(join(tmpdir(), "cil-fix-"));
    try {
      cpSync(EXAMPLE, copy, { recursive: true });
      await cli([".", "--fix"], { cwd: copy });
      await openFolder(page, EXAMPLE);
      await page.locator("#fix-all").click();
      await settled(page);
      const fixed = filesOf(copy);
      let changed = 0;
      for (const [n, text] of fixed) {
        if (!/\.(ya?ml|json)$/.test(n)) continue;
        if (text !== readFileSync(join(EXAMPLE, n), "utf8")) changed++;
        expect(await tabText(page, n), n).toBe(text);
      }
      expect(changed).toBeGreaterThan(0);
      expect((await shownFindings(page)).map(key).sort()).toEqual((await cliFindings(copy)).map(key).sort());
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
    await page.close();
  });

  it("works from the keyboard: arrow keys move between tabs, and the editor's lint panel applies a finding's fix", async () => {
    const page = await open();
    const selected = page.locator("#tabs [role=tab][aria-selected=true]");
    const before = await selected.textContent();
    await selected.focus();
    await page.keyboard.press("ArrowRight");
    const after = await selected.textContent();
    expect(after).not.toBe(before);
    expect(await page.evaluate<string>("document.activeElement.textContent")).toBe(after);

    const name = "apps/monitoring/agents.yaml";
    await page.locator("#tabs [role=tab]", { hasText: name }).click();
    await settled(page);
    const files = [...filesOf(EXAMPLE)].filter(([n]) => /\.(ya?ml|json)$/.test(n)).map(([n, t]) => parseSource(n, t));
    const first = lintSources(files).results.find((r) => r.file === name)?.findings.find((f) => isEditFix(f.fix));
    const text = readFileSync(join(EXAMPLE, name), "utf8");
    await page.locator("#editor .cm-content").focus();
    // Ctrl-Shift-M opens CodeMirror's lint panel; arrows select a diagnostic, its action's letter applies it.
    await page.keyboard.press("Control+Shift+KeyM");
    const selectedHasFix = (): Promise<boolean> => page.locator(".cm-panel-lint li[aria-selected=true] .cm-diagnosticAction").count().then((n) => n > 0);
    for (let i = 0; i < 5 && !(await selectedHasFix()); i++) await page.keyboard.press("ArrowDown");
    expect(await selectedHasFix()).toBe(true);
    await page.keyboard.press("f");
    expect(await tabText(page, name)).toBe(applyFixes(text, isEditFix(first?.fix) ? [first.fix] : []).text);
    await page.close();
  });

  it("opens a rule page's example with its finding (the link scripts/build-docs.ts writes)", async () => {
    const page = (readFileSync(join(ROOT, "docs/rules/duplicate-static-ip.md"), "utf8")).match(/\[Open it in the playground\]\(([^)]+)\)/)?.[1];
    expect(page?.startsWith(PLAYGROUND_URL)).toBe(true);
    const tab = await open((page ?? "").slice(PLAYGROUND_URL.length));
    const shown = await shownFindings(tab);
    expect(shown.some((f) => f.ruleId === "duplicate-static-ip")).toBe(true);
    // No chart or overlay in it: nothing to say about rendering.
    expect(await tab.locator("#notice").isHidden()).toBe(true);
    expect(outside).toEqual([]);
    await tab.close();
  });

  it("restores tabs, texts, settings and findings from a shared URL", async () => {
    const page = await open();
    await page.locator("#new-file").click();
    await page.locator("#editor .cm-content").fill('apiVersion: v1\nkind: Pod\nmetadata:\n  name: "<b>x</b>"\n  annotations:\n    cni.projectcalico.org/ipAddrs: \'["10.244.64.300"]\'\n');
    // A file name and a pod name that are markup stay text everywhere the page shows them.
    await page.fill("#file-name", "<b>m</b>.yaml");
    await page.locator("#file-name").dispatchEvent("change");
    await page.locator("#settings-box summary").click();
    await page.selectOption("#calico-version", "head");
    await page.fill("#pod-cidr", "10.0.0.0/8");
    await page.locator("#pod-cidr").dispatchEvent("change");
    await page.selectOption('select[data-rule="static-ip-auto-pool"]', "off");
    await settled(page);
    const url = page.url();
    expect(url).toMatch(/#s=[A-Za-z0-9_-]+$/);
    const findings = (await shownFindings(page)).map(key).sort();
    expect(findings.some((f) => f.startsWith("<b>m</b>.yaml:6:"))).toBe(true);
    expect(await page.locator("#tabs b, #findings b, #map b").count()).toBe(0);
    expect(findings.some((f) => f.includes("static-ip-auto-pool"))).toBe(false);

    const again = await open(url.slice(server.url.length));
    expect((await shownFindings(again)).map(key).sort()).toEqual(findings);
    expect(await again.locator("#tabs [role=tab][aria-selected=true]").textContent()).toBe("<b>m</b>.yaml ✖1");
    expect(await again.inputValue("#calico-version")).toBe("head");
    expect(await again.inputValue("#pod-cidr")).toBe("10.0.0.0/8");
    expect(await again.inputValue('select[data-rule="static-ip-auto-pool"]')).toBe("off");
    expect(await tabText(again, "<b>m</b>.yaml")).toContain('name: "<b>x</b>"');
    expect(outside).toEqual([]);
    await page.close();
    await again.close();
  });
});

describe.skipIf(hasChromium)("playground in Chromium", () => {
  it.skip(SKIP_REASON, () => {});
});
