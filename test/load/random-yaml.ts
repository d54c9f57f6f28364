/**
 * Random YAML for the fast reader's tests: the constructs manifests use (mappings, sequences
 * indentless or compact, compact sequences in sequences, anchors and aliases, scalars of every
 * style, flow collections and comments and tabs in them, comments, blank lines, several documents, keys
 * that repeat), with the slips a person
 * makes (indentation off by one, comments without a space, stray indicators), from a seed.
 */

const SAFE = ["a", "b c", "1", "-1", "0x1f", "1e3", "1.50", ".inf", "null", "~", "", "True", "a:b", "a#b", "'q'", "'it''s'", '"a b"', "http://x", "-x", "|", ">", "'multi\n  line'", '"multi\n\n  line"', "[]", "{}", "[1, 2]", "{a: 1, b: [x]}", "x # c", "-0", "multi\n  plain", "multi\n\n  plain\n  more", '"\\x41"', '"t\\\n  u"', "a \\ b"];
const ODD = [...SAFE, "0o7", ".nan", "yes", "?x", ":x", "@x", "`x", "%x", "x y  ", "[a, {b: c}]", '{"k":"v"}', "*x", "&a x", "!t x", "- x", "a: b", '"x"#c', "'x' #c", "+1", "1_000", '"\\q"', "'a\n\n\n  b'", "[a,\n  b]", "[a,\nb]", "{a: 1,}", "[a, # c\n  b]", "[a,# c\n  b]", "{a: # c\n  b}", "[ # c\n  x,\n  # d\n  y]", "[x # c\n  ]", "{a: 1,\n# c\n  b: 2}", "[a,\tb]", "[\ta ,b\t]", "{a: 1,\tb: 2}", "[a\t, b]", '["x"\t, "y"]', "[a,\n\t  b]", "[a,\n  \tb]", "{a:\tb}", '{"k":\t1}', "[a, #\tc\n  b]", "a\tb", "'a\tb'", "[a,\t# c\n  b]"];
const KEYS = ["a", "b", "key", "1", "true", "null", "~", '"q"', "'s'", "a b", "-", "<<", "x", '"a"', "0x1", "1.0", "k:v", "name"];

/** A random YAML text from `seed`: mappings, sequences (indentless, compact), scalars of every style. */
export function randomYaml(seed: number): string {
  let s = seed >>> 0 || 1;
  const rnd = (): number => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)] as T;
  const sp = (n: number): string => " ".repeat(Math.max(0, n));
  const gap = (): string =>
    (rnd() < 0.15 ? `${pick(["# c", "#c", "  # c", "   # deep"])}\n` : "") + (rnd() < 0.1 ? "\n" : "") + (rnd() < 0.05 ? `${sp(Math.floor(rnd() * 6))}# x\n` : "");
  // Anchors and aliases among three names, mostly to an anchor written before: an alias may also
  // come before its anchor, inside its node, or in a later document.
  const written: string[] = [];
  const anchor = (): string => {
    if (rnd() >= 0.06) return "";
    const name = `a${Math.floor(rnd() * 3)}`;
    written.push(name);
    return `&${name}`;
  };
  const node = (ind: number, depth: number, inSeq: boolean): string => {
    const r = rnd();
    if (rnd() < 0.05) return ` *${written.length > 0 && rnd() < 0.8 ? pick(written) : `a${Math.floor(rnd() * 3)}`}${rnd() < 0.2 ? " # c" : ""}\n`;
    if (depth > 3 || r < 0.45) {
      const a = anchor();
      const v0 = rnd() < 0.8 ? pick(SAFE) : pick(ODD);
      const v = a && v0 !== "" ? `${a} ${v0}` : v0;
      if (v0 === "|" || v0 === ">") {
        const ci = ind + 1 + Math.floor(rnd() * 3);
        let body = "";
        for (let i = 0, n = 1 + Math.floor(rnd() * 3); i < n; i++) body += `${rnd() < 0.2 ? "" : sp(ci + (rnd() < 0.2 ? 1 : 0)) + pick(["x", "y z", "# not c", "a: b"])}\n`;
        if (rnd() < 0.3) body += `${sp(Math.floor(rnd() * (ci + 2)))}\n`;
        return ` ${v}${pick(["", "-", "+", "2", " # h"])}\n${body}`; // the header after its anchor, if any
      }
      const shift = 1 + Math.floor(rnd() * 2) - (rnd() < 0.1 ? 2 : 0);
      return `${v === "" ? "" : ` ${v.replace(/\n/g, `\n${sp(ind + shift)}`)}`}${rnd() < 0.1 ? "  # t" : ""}\n`;
    }
    const ci = ind + (rnd() < 0.1 ? 1 : 2) + (rnd() < 0.05 ? -1 : 0);
    const a = anchor();
    let out = a ? ` ${a}\n` : "\n";
    const n = 1 + Math.floor(rnd() * 3);
    if (r < 0.75) {
      for (let i = 0; i < n; i++) out += `${gap()}${sp(ci)}${pick(KEYS)}:${node(ci, depth + 1, false)}`;
    } else {
      const sci = !inSeq && rnd() < 0.3 ? ind : ci;
      for (let i = 0; i < n; i++) {
        out += `${gap()}${sp(sci)}-`;
        const form = rnd();
        if (form < 0.3) {
          out += ` ${pick(KEYS)}:${node(sci + 2, depth + 1, false)}`;
          if (rnd() < 0.5) out += `${sp(sci + 2)}${pick(KEYS)}:${node(sci + 2, depth + 1, false)}`;
        } else if (form < 0.4) {
          // A compact sequence: `- - a`, its next items aligned under the first.
          out += ` -${node(sci + 2, depth + 1, true)}`;
          if (rnd() < 0.6) out += `${gap()}${sp(sci + 2)}-${node(sci + 2, depth + 1, true)}`;
        } else out += node(sci, depth + 1, true);
      }
    }
    return out + gap();
  };
  let text = "";
  for (let d = 0, docs = 1 + Math.floor(rnd() * 2); d < docs; d++) {
    if (d > 0 || rnd() < 0.3) text += pick(["---\n", "--- # x\n", "---\n\n"]);
    text += gap();
    for (let k = 0, n = 1 + Math.floor(rnd() * 3); k < n; k++) text += `${pick(KEYS)}:${node(0, 0, false)}`;
  }
  return rnd() < 0.2 ? text.replace(/\n$/, "") : text;
}

