import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../cli/helpers.js";
import { hasChromium, launch, ROOT, serve, SKIP_REASON, type Browser, type StaticServer } from "./helpers.js";

/**
 * The HTML reports (`--format html`, `plan --format html`) in Debian's Chromium: opened, they make
 * no request beyond the page itself; the keyboard reaches everything; a phone-sized screen needs no
 * sideways scrolling.
 */

/** The focused element, described (the test's types have no DOM). */
const focused = (page: Page): Promise<{ tag: string; text: string; inFindings: boolean; inPools: boolean }> =>
  page.evaluate("(e => ({ tag: e.tagName.toLowerCase(), text: (e.textContent || '').trim(), inFindings: !!e.closest('#findings'), inPools: !!e.closest('#pools') }))(document.activeElement)");

describe.skipIf(!hasChromium)("HTML report in Chromium", () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;
  let requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cil-html-"));
    const cwd = join(ROOT, "examples/gitops-repo");
    expect((await cli([".", "-f", "html", "-o", join(dir, "report.html")], { cwd })).code).toBe(1);
    expect((await cli(["plan", ".", "--format", "html", "-o", join(dir, "plan.html")], { cwd })).code).toBe(1);
    server = await serve(dir);
    browser = await launch();
    await browser.context.route("**/*", (route) => {
      requests.push(route.request().url());
      return route.request().url().startsWith(server.url) ? route.continue() : route.abort();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string, viewport?: { width: number; height: number }): Promise<Page> {
    requests = [];
    const page = await browser.context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    const violations: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") violations.push(m.text());
    });
    await page.goto(server.url + name, { waitUntil: "load" });
    await page.waitForTimeout(200);
    expect(violations).toEqual([]); // a blocked stylesheet or resource would say so here
    return page;
  }

  for (const name of ["report.html", "plan.html"]) {
    it(`${name}: the page is the only request, and its stylesheet applies under its CSP`, async () => {
      const page = await open(name);
      expect(requests).toEqual([server.url + name]);
      // The hash-allowed stylesheet is in force (a blocked one leaves the default margin of 8px).
      expect(await page.evaluate("getComputedStyle(document.body).margin")).toBe("0px");
      expect(readFileSync(join(dir, name), "utf8")).toContain('http-equiv="Content-Security-Policy"');
      await page.close();
    });

    it(`${name}: fits a phone's width without sideways scrolling`, async () => {
      const page = await open(name, { width: 360, height: 740 });
      expect(await page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")).toBe(true);
      await page.close();
    });
  }

  it("the keyboard skips to the findings, moves through their rule links, and opens a pool's cell table", async () => {
    const page = await open("report.html");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "a", text: "Skip to Findings" });
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const first = await focused(page);
    expect(first).toMatchObject({ tag: "a", inFindings: true });
    expect(first.text).toMatch(/^[a-z-]+$/); // a rule id: its link goes to the rule's page
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "a", inFindings: true });
    // Every pool's map is described for a screen reader, and its cell table opens from the keyboard.
    const unlabelled = await page.evaluate("[...document.querySelectorAll('svg.grid')].filter(s => s.getAttribute('role') !== 'img' || !(document.getElementById(s.getAttribute('aria-labelledby')) || {}).textContent).length");
    expect(unlabelled).toBe(0);
    const summary = page.locator("#pools details summary").first();
    await summary.focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate("document.querySelector('#pools details').open")).toBe(true);
    expect(await focused(page)).toMatchObject({ tag: "summary", inPools: true });
    await page.close();
  });
});

describe.skipIf(hasChromium)("HTML report in Chromium", () => {
  it.skip(SKIP_REASON, () => {});
});
