import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { tableCell } from "../../src/report/markdown-cell.js";
import { renderSummaryMarkdown } from "../../src/report/summary.js";
import { context, finding, results } from "./helpers.js";

// The job summary's table rendered by cmark-gfm, GitHub's own Markdown renderer (Debian: apt-get
// install cmark-gfm): text inside code spans shows as written, text outside never becomes HTML.
const cmark = spawnSync("cmark-gfm", ["--version"], { encoding: "utf8" });
const missing = cmark.status === 0 ? "" : "cmark-gfm is not installed (Debian: apt-get install cmark-gfm)";
if (missing) {
  if (process.env["CI"]) throw new Error(`the summary cannot be rendered in CI: ${missing}`);
  console.warn(`skipping the cmark-gfm rendering tests: ${missing}`);
}
const render = (md: string): string => spawnSync("cmark-gfm", ["-e", "table"], { input: md, encoding: "utf8" }).stdout;

describe("table cells", () => {
  it("escapes outside code spans only, and | everywhere", () => {
    expect(tableCell("Pool `<pool>` & <b>x</b>")).toBe("Pool `<pool>` &amp; &lt;b&gt;x&lt;/b&gt;");
    expect(tableCell("`a|b` c|d")).toBe("`a\\|b` c\\|d");
    expect(tableCell("one\ntwo `x\ny`")).toBe("one<br>two `x y`");
    expect(tableCell("unmatched ` <x>")).toBe("unmatched ` &lt;x&gt;");
    expect(tableCell("``a ` b`` <c>")).toBe("``a ` b`` &lt;c&gt;");
    // A run closes only with a run of its own length; a backslash cannot escape a backtick.
    expect(tableCell("``a` <x>")).toBe("``a` &lt;x&gt;");
    expect(tableCell("\\`<img>`")).toBe("\\\\`<img>`");
  });

  (missing ? it.skip : it)("renders as written in GitHub's renderer: code spans literal, no HTML from messages", () => {
    const md = renderSummaryMarkdown(
      results([
        finding({ file: "a.yaml", message: "Name `<pool>` or `10.0.0.0/24|x`; not <script>alert(1)</script> & co" }),
        finding({ file: "b.yaml", message: "escaped \\`<img src=x onerror=alert(1)>` and ``<b>` and `` <i>x</i>" }),
      ]),
      context("/repo"),
      {},
    );
    const html = render(md);
    expect(html).toContain("<code>&lt;pool&gt;</code>");
    expect(html).toContain("<code>10.0.0.0/24|x</code>");
    expect(html).toContain("not &lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
    expect(html).not.toContain("&amp;lt;");
    expect(html).not.toContain("<script>");
    expect(html).not.toMatch(/<img|<b>|<i>/);
    expect(html).toContain("<code>&lt;img src=x onerror=alert(1)&gt;</code>");
  });
});
