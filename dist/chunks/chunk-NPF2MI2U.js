import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import{require_node_crypto}from"./chunk-HZC7B5IV.js";import{VERSION}from"./chunk-USKYQJXF.js";import{__toESM}from"./chunk-YXQWROL7.js";var ESCAPES={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"},esc=s=>s.replace(/[&<>"']/g,c=>ESCAPES[c]);function permille(a,b){let x=BigInt(a),y=BigInt(b);if(y<=0n)return 0;let p=x*1000n/y;return Number(p>1000n?1000n:p)}var ownerText=o=>`${o.kind} ${o.namespace!==void 0?`${o.namespace}/`:""}${o.name??"(unnamed)"}`,where=o=>o.file?`${o.file}:${o.line}`:"",mapId=(prefix,i)=>`${prefix}${i}`;function poolMode(p){return p.enabled?p.automatic?"automatic":"manual":"disabled"}function cellState(c){if(!c)return{cls:"free",label:"free"};let parts=[];return c.statics.length>0&&parts.push(`${c.statics.length} static`),c.reserved!=="0"&&parts.push(c.fullyReserved?"reserved":`${c.reserved} reserved`),{cls:c.statics.length>0?c.reserved!=="0"?"static reserved":"static":"reserved",label:parts.join(", ")}}var COLUMNS=32,CELL=16,GAP=2;function gridSvg(m,id,labelId){let cols=Math.min(COLUMNS,m.cells),rows=Math.ceil(m.cells/cols),w=cols*(CELL+GAP)-GAP,h=rows*(CELL+GAP)-GAP,marked=new Map(m.marked.map(c=>[c.index,c])),out=[`<svg class="grid" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-labelledby="${labelId}" focusable="false">`,`<defs><pattern id="${id}-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-bg" width="4" height="4"/><line x1="0" y1="0" x2="0" y2="4" class="hatch-line" stroke-width="2"/></pattern></defs>`];for(let i=0;i<m.cells;i++){let x=i%cols*(CELL+GAP),y=Math.floor(i/cols)*(CELL+GAP),c=marked.get(i),state=cellState(c),fill=c&&c.reserved!=="0"?` fill="url(#${id}-hatch)"`:"",title=c?`<title>${esc(`${c.first} \u2013 ${c.last}: ${state.label}${c.statics.length>0?`: ${c.statics.map(s=>`${s.ip} ${ownerText(s.owner)}`).join("; ")}`:""}`)}</title>`:"";out.push(`<rect class="cell ${state.cls}" x="${x}" y="${y}" width="${CELL}" height="${CELL}" rx="2"${fill}>${title}</rect>`),c&&c.statics.length>0&&out.push(`<circle class="dot" cx="${x+CELL/2}" cy="${y+CELL/2}" r="3"/>`)}return out.push("</svg>"),out.join("")}function usageSvg(p){let parts=[["reserved",p.reserved],["static",p.static],["tunnel",p.tunnel],["demand",p.demand]],W=300,x=0,rects=[];for(let[cls,n]of parts){let w=Math.min(W-x,permille(n,p.size)*W/1e3);w>0&&rects.push(`<rect class="use ${cls}" x="${x.toFixed(1)}" y="2" width="${Math.max(1,w).toFixed(1)}" height="12"/>`),x+=w}let short=p.shortfall!=="0"?`<rect class="use short" x="${W-6}" y="0" width="6" height="16"/>`:"";return`<svg class="usage" viewBox="0 0 ${W} 16" width="${W}" height="16" aria-hidden="true" focusable="false"><rect class="use capacity" x="0" y="2" width="${W}" height="12"/>${rects.join("")}${short}</svg>`}var LEGEND='<ul class="legend" aria-label="Legend of the address maps"><li><svg width="12" height="12" aria-hidden="true"><rect class="cell free" width="12" height="12" rx="2"/></svg> free</li><li><svg width="12" height="12" aria-hidden="true"><defs><pattern id="legend-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-bg" width="4" height="4"/><line x1="0" y1="0" x2="0" y2="4" class="hatch-line" stroke-width="2"/></pattern></defs><rect class="cell reserved" width="12" height="12" rx="2" fill="url(#legend-hatch)"/></svg> reserved (IPReservation, hatched)</li><li><svg width="12" height="12" aria-hidden="true"><rect class="cell static" width="12" height="12" rx="2"/><circle class="dot" cx="6" cy="6" r="3"/></svg> static address (dot)</li></ul>';function poolSection(m,i,prefix){let p=m.pool,id=mapId(prefix,i),labelId=`${id}-label`,short=p.shortfall!=="0",cellWord=m.blocksPerCell==="1"?"one block":`${m.blocksPerCell} blocks`,reservedCells=m.marked.filter(c=>c.reserved!=="0").length,staticCells=m.marked.filter(c=>c.statics.length>0).length,summary=`${p.name||p.cidr} (${p.cidr}, IPv${p.family}, ${poolMode(p)}): ${m.cells} ${m.cells===1?"cell":"cells"} of ${cellWord} (/${p.blockSize}, ${m.cellSize} addresses each); ${reservedCells} with reserved addresses, ${staticCells} with static addresses.`,rows=m.marked.map(c=>{let statics=c.statics.map(s=>`<li><code>${esc(s.ip)}</code> ${esc(ownerText(s.owner))} <span class="where">${esc(where(s.owner))}</span>${s.reserved?" (reserved)":""}</li>`).join("");return`<tr><td><code>${esc(c.first)}</code> \u2013 <code>${esc(c.last)}</code></td><td class="num">${c.reserved==="0"?"0":esc(c.reserved)}${c.fullyReserved?" (all)":""}</td><td>${statics?`<ul class="plain">${statics}</ul>`:"none"}</td></tr>`}).join(""),figures=[["Size",p.size],["Reserved",p.reserved],["Static",p.static],["Tunnel",p.tunnel],["Demand",p.demand],["Free",p.free],["Short",p.shortfall]];return[`<section class="pool${short?" is-short":""}" aria-labelledby="${id}-h">`,`<h3 id="${id}-h"><span class="pool-name">${esc(p.name||"(unnamed)")}</span> <code>${esc(p.cidr)}</code> <span class="badge ${poolMode(p)}">${poolMode(p)}</span>${short?` <span class="badge short-badge">${esc(p.shortfall)} short</span>`:""}</h3>`,`<p class="where">${esc(where(p))}</p>`,`<p id="${labelId}" class="map-label">${esc(summary)}</p>`,`<div class="map">${gridSvg(m,id,labelId)}</div>`,`<div class="usage-row">${usageSvg(p)}<span>${Math.floor(p.usedPermille/10)}% in use${short?`; <strong>${esc(p.shortfall)} addresses short</strong>`:""}</span></div>`,`<table class="figures"><caption class="sr-only">Address counts of ${esc(p.name||p.cidr)}</caption><thead><tr>${figures.map(([h])=>`<th scope="col">${h}</th>`).join("")}</tr></thead><tbody><tr>${figures.map(([h,v])=>`<td class="num${h==="Short"&&short?" bad":""}">${esc(v)}</td>`).join("")}</tr></tbody></table>`,m.marked.length>0?`<details><summary>Cells that hold something (${m.marked.length} of ${m.cells})</summary><table><caption class="sr-only">Cells of ${esc(p.name||p.cidr)} with reservations or static addresses</caption><thead><tr><th scope="col">Addresses</th><th scope="col">Reserved</th><th scope="col">Static addresses</th></tr></thead><tbody>${rows}</tbody></table></details>`:"","</section>"].join(`
`)}function renderAddressMap(map,prefix="pool"){let plan=map.plan,out=[];if(map.pools.length===0?out.push("<p>No IP pools in view.</p>"):out.push(LEGEND,...map.pools.map((m,i)=>poolSection(m,i,prefix))),plan.failures.length>0){out.push('<h3>Shortfalls</h3><ul class="problems">');for(let f of plan.failures)out.push(`<li><span class="sev error">short</span> IPv${f.family} ${esc(f.pools.join(", "))}: ${esc(f.demand)} needed, ${esc(f.capacity)} assignable, <strong>${esc(f.shortfall)} short</strong></li>`);out.push("</ul>")}if(map.outside.length>0){out.push('<h3>Static addresses in no enabled pool</h3><table><thead><tr><th scope="col">Address</th><th scope="col">Annotation</th><th scope="col">Workload</th><th scope="col">Where</th></tr></thead><tbody>');for(let s of map.outside)out.push(`<tr><td><code>${esc(s.ip)}</code></td><td><code>${esc(s.annotation)}</code></td><td>${esc(ownerText(s.owner))}</td><td class="where">${esc(where(s.owner))}</td></tr>`);out.push("</tbody></table>")}if(plan.blocked.length>0){out.push('<h3>Pods that fail before drawing an address</h3><ul class="problems">');for(let b of plan.blocked)out.push(`<li>${esc(ownerText(b))} <span class="where">${esc(where(b))}</span>: ${esc(b.reason)}</li>`);out.push("</ul>")}if(plan.unknown.length>0){out.push("<h3>Not counted</h3><ul>");for(let u of plan.unknown)out.push(`<li>${esc(ownerText(u))} <span class="where">${esc(where(u))}</span>: ${esc(u.reason)}</li>`);out.push("</ul>")}return plan.notes.length>0&&out.push(`<h3>Notes</h3><ul>${plan.notes.map(n=>`<li>${esc(n)}</li>`).join("")}</ul>`),out.join(`
`)}function excerpt(f,text){if(text===void 0)return"";let lines=text.split(/\r?\n/),from=Math.max(1,f.line-1),to=Math.min(lines.length,Math.max(f.line,f.endLine)+1,f.line+6),out=[];for(let n=from;n<=to;n++){let line=lines[n-1]??"",body=esc(line);if(n>=f.line&&n<=f.endLine){let a=n===f.line?f.column-1:0,b=n===f.endLine?Math.max(a+(f.endLine===f.line?1:0),f.endColumn-1):line.length;body=`${esc(line.slice(0,a))}<mark>${esc(line.slice(a,b))||" "}</mark>${esc(line.slice(b))}`}out.push(`<span class="ln" aria-hidden="true">${n}</span>${body}`)}return`<pre class="src" aria-label="Source lines ${from} to ${to}"><code>${out.join(`
`)}</code></pre>`}var SEV_LABEL={error:"\u2716 error",warning:"\u26A0 warning"};function renderFindings(results,sourceText,rule,docsUrl){let withFindings=results.filter(r=>r.findings.length>0);if(withFindings.length===0)return"<p>No problems found.</p>";let out=[];return withFindings.forEach((r,i)=>{let counts=[r.errorCount>0?`${r.errorCount} error${r.errorCount===1?"":"s"}`:"",r.warningCount>0?`${r.warningCount} warning${r.warningCount===1?"":"s"}`:""].filter(Boolean).join(", ");out.push(`<section class="file" aria-labelledby="file${i}-h"><h3 id="file${i}-h"><code>${esc(r.file)}</code> <span class="counts">${counts}</span></h3><ol class="findings">`);let text=sourceText(r.file);for(let f of r.findings){let url=rule(f.ruleId)?.docsUrl??docsUrl(f.ruleId),fix=f.fix===void 0?"":"edits"in f.fix?' <span class="fixable">fixable by <code>--fix</code></span>':` <span class="fixable">not fixed by <code>--fix</code>: ${esc(f.fix.refused)}</span>`,related=f.related&&f.related.length>0?`<ul class="related" aria-label="Related places">${f.related.map(r2=>`<li><span class="where">${esc(r2.file)}:${r2.line}:${r2.column}</span> ${esc(r2.message)}</li>`).join("")}</ul>`:"";out.push(`<li class="finding ${f.severity}"><p class="head"><span class="sev ${f.severity}">${SEV_LABEL[f.severity]??esc(f.severity)}</span> <span class="pos">line ${f.line}, column ${f.column}</span> <a class="rule" href="${esc(url)}">${esc(f.ruleId)}</a>${fix}</p><p class="msg">${esc(f.message)}</p>${excerpt(f,text)}${related}</li>`)}out.push("</ol></section>")}),out.join(`
`)}var REPORT_CSS=`
:root{color-scheme:light dark;--fg:#1b1f24;--muted:#57606a;--bg:#fff;--panel:#f6f8fa;--line:#d0d7de;--free:#e7ecf0;--res:#8c6d1f;--static:#0b5cad;--err:#b3261e;--warn:#8a5a00;--demand:#4a7f3d;--tunnel:#6e49a8;--mark:#ffe58f}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9da7b3;--bg:#0d1117;--panel:#161b22;--line:#30363d;--free:#273040;--res:#d4a72c;--static:#58a6ff;--err:#ff7b72;--warn:#e3b341;--demand:#7ee787;--tunnel:#d2a8ff;--mark:#6e5300}}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main,header.top,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
a{color:var(--static)}
a:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--static);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--bg);padding:.5rem}
.skip:focus{left:1rem}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
h1{font-size:1.5rem;margin:1rem 0 .25rem}h2{font-size:1.25rem;border-bottom:1px solid var(--line);padding-bottom:.25rem;margin-top:2rem}h3{font-size:1.05rem;margin:1.25rem 0 .25rem;overflow-wrap:anywhere}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
.where,.muted,.counts,.pos{color:var(--muted)}
.where{overflow-wrap:anywhere}
nav.toc ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;list-style:none}
.totals{display:flex;flex-wrap:wrap;gap:.5rem;padding:0;list-style:none}
.totals li{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.25rem .6rem}
.pool{border:1px solid var(--line);border-radius:8px;padding:.25rem 1rem 1rem;margin:1rem 0;background:var(--panel)}
.pool.is-short{border-left:6px solid var(--err)}
.badge{font-size:.75rem;border:1px solid var(--line);border-radius:999px;padding:0 .5rem;vertical-align:middle;font-weight:normal}
.short-badge,.bad{color:var(--err);font-weight:bold}
.map svg.grid{max-width:100%;height:auto}
.cell.free{fill:var(--free)}.cell.static{fill:var(--static)}.hatch-bg{fill:var(--free)}.hatch-line{stroke:var(--res)}.dot{fill:var(--bg)}
.cell.static.reserved{stroke:var(--static);stroke-width:2}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding:0;list-style:none}
.legend svg{vertical-align:-2px}
.usage-row{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;margin:.5rem 0}
.usage{max-width:100%;height:auto}
.use.capacity{fill:var(--free)}.use.reserved{fill:var(--res)}.use.static{fill:var(--static)}.use.tunnel{fill:var(--tunnel)}.use.demand{fill:var(--demand)}.use.short{fill:var(--err)}
table{border-collapse:collapse;margin:.5rem 0;display:block;overflow-x:auto;max-width:100%}
th,td{border:1px solid var(--line);padding:.2rem .5rem;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}
ul.plain{margin:0;padding:0;list-style:none}
.findings{list-style:none;padding:0}
.finding{border:1px solid var(--line);border-left:6px solid var(--line);border-radius:6px;margin:.5rem 0;padding:.25rem .75rem}
.finding.error{border-left-color:var(--err)}.finding.warning{border-left-color:var(--warn)}
.finding .head{margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.25rem .75rem}
.finding .msg{margin:.25rem 0;overflow-wrap:anywhere}
.fixable{color:var(--muted);font-size:.85em}
.related{margin:.25rem 0 .5rem;padding-left:1.25rem;font-size:.9em}
.sev{font-weight:bold}.sev.error{color:var(--err)}.sev.warning{color:var(--warn)}
pre.src{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.5rem;overflow-x:auto;margin:.25rem 0 .5rem}
pre.src .ln{display:inline-block;min-width:3ch;margin-right:1ch;text-align:right;color:var(--muted);user-select:none}
mark{background:var(--mark);color:inherit;text-decoration:underline wavy var(--err)}
@media (max-width:40rem){body{font-size:14px}.finding .head{flex-direction:column;gap:0}}
`;var import_node_crypto=__toESM(require_node_crypto(),1);var cspFor=css=>`default-src 'none'; style-src 'sha256-${(0,import_node_crypto.createHash)("sha256").update(css,"utf8").digest("base64")}'; base-uri 'none'; form-action 'none'`;function htmlDocument(page){let toc=page.sections.map(s=>`<li><a href="#${s.id}">${esc(s.heading)}</a></li>`).join(""),sections=page.sections.map(s=>`<section id="${s.id}" aria-labelledby="${s.id}-h" tabindex="-1">
<h2 id="${s.id}-h">${esc(s.heading)}</h2>
${s.body}
</section>`).join(`
`);return`<!doctype html>
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
<a class="skip" href="#${page.sections[0]?.id??"main"}">Skip to ${esc(page.sections[0]?.heading??"the report")}</a>
<header class="top"><h1>${esc(page.title)}</h1><p class="muted">${esc(page.subtitle)}</p>
<nav class="toc" aria-label="Contents"><ul>${toc}</ul></nav></header>
<main id="main">
${sections}
</main>
<footer><p class="muted">calico-ipam-lint ${esc(VERSION)}</p></footer>
</body>
</html>
`}export{esc,ownerText,renderAddressMap,renderFindings,htmlDocument};
