// `node scripts/browser-figures.mjs`: the README's screenshots (docs/images/) and the playground's
// figures for docs/performance.md, in Debian's Chromium (apt-get install chromium) driven by
// playwright-core. Builds the playground and the CLI from the sources into a temporary folder,
// serves the playground on the loopback, and prints the bundle's size and the time from navigation
// to the first findings on the example repository (median of 7 loads, each in a fresh profile).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const root = join(fileURLToPath(import.meta.url), "../..");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const work = mkdtempSync(join(tmpdir(), "cil-figures-"));

async function browser(viewport) {
  const profile = mkdtempSync(join(work, "profile-"));
  return chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, args, viewport, deviceScaleFactor: 1 });
}

function serve(dir) {
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" };
  const server = createServer((req, res) => {
    const file = join(dir, new URL(req.url, "http://x").pathname.replace(/\/$/, "/index.html").replace(/\.\./g, ""));
    try {
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((r) => server.listen(0, "127.0.0.1", () => r({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() })));
}

try {
  const site = join(work, "site");
  execFileSync(process.execPath, [join(root, "scripts/build-playground.mjs"), site], { stdio: "inherit" });
  for (const f of readdirSync(site)) {
    const bytes = readFileSync(join(site, f));
    process.stdout.write(`${f}: ${(statSync(join(site, f)).size / 1024).toFixed(0)} KiB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KiB gzipped\n`);
  }
  const server = await serve(site);

  const times = [];
  const lintTimes = [];
  for (let i = 0; i < 7; i++) {
    const ctx = await browser({ width: 1280, height: 800 });
    const page = await ctx.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.dataset.firstFindingsMs !== undefined);
    times.push(Number(await page.evaluate(() => document.body.dataset.firstFindingsMs)));
    // A second lint of the 17 files, warm (the status line says how long it took).
    await page.locator("#settings-box summary").click();
    await page.selectOption("#calico-version", "head");
    await page.waitForFunction(() => document.body.dataset.lintVersion === document.body.dataset.version);
    lintTimes.push(Number((await page.locator("#status").textContent()).match(/linted in (\d+) ms/)?.[1]));
    await ctx.close();
  }
  times.sort((a, b) => a - b);
  lintTimes.sort((a, b) => a - b);
  process.stdout.write(`first findings on the example (ms from navigation): median ${times[3]}, min ${times[0]}, max ${times[6]}\n`);
  process.stdout.write(`a warm lint of the example after a setting changes (ms): median ${lintTimes[3]}, min ${lintTimes[0]}, max ${lintTimes[6]}\n`);

  // The playground, on the example's edge-proxy file with a finding's tooltip open.
  const ctx = await browser({ width: 1200, height: 760 });
  const page = await ctx.newPage();
  await page.goto(server.url);
  await page.waitForSelector("#findings li[data-finding]");
  await page.locator("#tabs [role=tab]", { hasText: "apps/web/edge-proxy.yaml" }).click();
  await page.waitForSelector("#editor .cm-lintRange-error");
  // The map pane scrolls on its own: show the short pool in it, the editor at the top.
  await page.evaluate(() => {
    const right = document.querySelector(".right");
    const pool = document.querySelector("#map .pool.is-short");
    if (right && pool) right.scrollTop = pool.getBoundingClientRect().top - right.getBoundingClientRect().top - 8;
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: join(root, "docs/images/playground.png") });

  // The HTML report of the example, from the CLI built from the sources.
  const cli = join(work, "cli.mjs");
  await build({ stdin: { contents: 'import { run } from "./src/cli/index.ts"; process.exitCode = await run(process.argv.slice(2));', resolveDir: root, loader: "ts" }, outfile: cli, bundle: true, platform: "node", format: "esm", banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" }, logLevel: "warning" });
  const report = join(work, "report.html");
  try {
    execFileSync(process.execPath, [cli, ".", "--format", "html", "--output-file", report], { cwd: join(root, "examples/gitops-repo") });
  } catch {
    // exit status 1: the example has findings
  }
  const rpage = await ctx.newPage();
  await rpage.setViewportSize({ width: 900, height: 900 });
  await rpage.goto(`file://${report}`);
  await rpage.evaluate(() => {
    document.querySelectorAll("#pools details").forEach((d) => (d.open = false));
    const pools = [...document.querySelectorAll("#pools .pool")];
    pools.find((p) => p.querySelector(".pool-name")?.textContent === "default-ipv4-ippool")?.scrollIntoView();
  });
  await rpage.screenshot({ path: join(root, "docs/images/html-report.png") });
  await ctx.close();
  server.close();
  process.stdout.write("wrote docs/images/playground.png, docs/images/html-report.png\n");
} finally {
  rmSync(work, { recursive: true, force: true });
}
