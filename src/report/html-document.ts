import { createHash } from "node:crypto";
import { VERSION } from "../version.js";
import { esc, REPORT_CSS } from "./html.js";

/**
 * One self-contained HTML page: its stylesheet inline and allowed by hash, and a
 * Content-Security-Policy that forbids every other load (scripts, fonts, images, frames,
 * connections, form posts), so a report kept as a CI artifact makes no request when opened.
 */

export interface HtmlPage {
  readonly title: string;
  /** One-line description under the title. */
  readonly subtitle: string;
  /** Sections in order: their headings make the table of contents. */
  readonly sections: readonly { readonly id: string; readonly heading: string; readonly body: string }[];
}

export const cspFor = (css: string): string =>
  `default-src 'none'; style-src 'sha256-${createHash("sha256").update(css, "utf8").digest("base64")}'; base-uri 'none'; form-action 'none'`;

export function htmlDocument(page: HtmlPage): string {
  const toc = page.sections.map((s) => `<li><a href="#${s.id}">${esc(s.heading)}</a></li>`).join("");
  const sections = page.sections.map((s) => `<section id="${s.id}" aria-labelledby="${s.id}-h" tabindex="-1">\n<h2 id="${s.id}-h">${esc(s.heading)}</h2>\n${s.body}\n</section>`).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${cspFor(REPORT_CSS)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="calico-ipam-lint ${esc(VERSION)}">
<title>${esc(page.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<a class="skip" href="#${page.sections[0]?.id ?? "main"}">Skip to ${esc(page.sections[0]?.heading ?? "the report")}</a>
<header class="top"><h1>${esc(page.title)}</h1><p class="muted">${esc(page.subtitle)}</p>
<nav class="toc" aria-label="Contents"><ul>${toc}</ul></nav></header>
<main id="main">
${sections}
</main>
<footer><p class="muted">calico-ipam-lint ${esc(VERSION)}</p></footer>
</body>
</html>
`;
}
