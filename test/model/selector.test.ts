import { describe, expect, it } from "vitest";
import { evaluate, parseSelector, selectorString, type Selector } from "../../src/model/selector.js";

type Labels = Record<string, string>;

function parsed(text: string): Selector {
  const r = parseSelector(text);
  if (!r.ok) throw new Error(`${JSON.stringify(text)} did not parse: ${r.error.message} at ${r.error.offset}`);
  return r.ok;
}

/**
 * Calico's own parser table (calico:libcalico-go/lib/selector/parser/parser_test.go `selectorTests`):
 * each selector parses, matches every label set of the first list and none of the second, and does
 * the same again after a round trip through its canonical form.
 */
const calicoTruthTable: [string, Labels[], Labels[]][] = [
  [`a == "b"`, [{ a: "b" }, { a: "b", c: "d" }], [{}, { a: "c" }, { c: "d" }]],
  [`a == "b" && c == "d"`, [{ a: "b", c: "d" }], [{}, { a: "b", c: "e" }, { a: "c", c: "d" }, { c: "d" }, { a: "b" }]],
  [`a == "b" || c == "d"`, [{ a: "b", c: "d" }, { a: "b" }, { c: "d" }], [{}, { a: "e", c: "e" }, { c: "e" }, { a: "e" }]],
  [`a in {"'", '"', "c"}`, [{ a: "c" }, { a: `"` }, { a: `'` }], [{}, { a: "e" }]],
  [`a not in {"'", '"', "c"}`, [{}, { a: "e" }], [{ a: "c" }, { a: `"` }, { a: `'` }]],
  [`a == 'a'`, [{ a: "a" }], []],
  [`a == "a"`, [{ a: "a" }], []],
  [`a != "b"`, [{ a: "a" }], []],
  [`a != "a"`, [{}], []],
  [`a contains "a"`, [{ a: "a" }, { a: "bab" }, { a: "aaa", b: "c" }], [{}, { a: "b" }, { b: "aaa" }]],
  [`a starts with "a"`, [{ a: "a" }, { a: "abb" }, { a: "aaa", b: "c" }], [{}, { a: "b" }, { a: "baa" }, { b: "aaa" }]],
  [`a ends with "a"`, [{ a: "a" }, { a: "bba" }, { a: "aaa", b: "c" }], [{}, { a: "b" }, { a: "aab" }, { b: "aaa" }]],
  [`a in {"a"}`, [{ a: "a" }], []],
  [`!a in {"a"}`, [{ a: "b" }], []],
  [`a in {"a", "b"}`, [{ a: "a" }, { a: "b" }], []],
  [`a not in {"d", "e"}`, [{ a: "a" }], []],
  [`has(a)`, [{ a: "b" }], []],
  [`!has(a)`, [{ b: "b" }], []],
  [``, [{}, { a: "b" }], []],
  [` `, [{}], []],
  [`all()`, [{}], []],
  [` all()`, [{}, { a: "b" }], []],
  [`global()`, [{}], []],
  [` global()`, [{}, { a: "b" }], []],
  [`a == 'a'`, [], [{ a: "b" }, {}]],
  [`a != "a"`, [], [{ a: "a" }]],
  [`a != 'a'`, [], [{ a: "a" }]],
  [`a in {"a"}`, [], [{ a: "b" }]],
  [`a not in {"a"}`, [], [{ a: "a" }]],
  [`a in {"a", "b"}`, [], [{ a: "c" }]],
  [`has(b)`, [], [{ a: "b" }]],
  [`!!has(b)`, [], [{ a: "b" }]],
  [`! has(a)`, [], [{ a: "b" }]],
  [`!has(a)`, [], [{ a: "b" }]],
  [`!!! has(a)`, [], [{ a: "b" }]],
  [`!!!has(a)`, [], [{ a: "b" }]],
  [`!! ! has(a)`, [], [{ a: "b" }]],
  [`! !!has(a)`, [], [{ a: "b" }]],
  [`a == 'a1' && b == 'b1'`, [{ a: "a1", b: "b1" }], []],
  [`a == 'a1' && b != 'b1'`, [], [{ a: "a1", b: "b1" }]],
  [`a != 'a1' && b == 'b1'`, [], [{ a: "a1", b: "b1" }]],
  [`a != 'a1' && b != 'b1'`, [], [{ a: "a1", b: "b1" }]],
  [`a != 'a1' && !b == 'b1'`, [], [{ a: "a1", b: "b1" }]],
  [`!a == 'a1' && b == 'b1'`, [], [{ a: "a1", b: "b1" }]],
  [`has(a) && !has(b)`, [{ a: "a" }], []],
  [`!has(b) && has(a)`, [{ a: "a" }], []],
  [`!(!has(a) || has(b))`, [{ a: "a" }], []],
  [`!(has(b) || !has(a))`, [{ a: "a" }], []],
  [`a == 'a1' || b == 'b1'`, [{ a: "a1", b: "b1" }], []],
  [`a == 'a1' || b != 'b1'`, [{ a: "a1", b: "b1" }], []],
  [`a != 'a1' || b == 'b1'`, [{ a: "a1", b: "b1" }], []],
  [`a != 'a1' || b != 'b1'`, [], [{ a: "a1", b: "b1" }]],
  [`! a == 'a1' || ! b == 'b1'`, [], [{ a: "a1", b: "b1" }]],
];

describe("parseSelector and evaluate: Calico's parser table", () => {
  for (const [sel, matches, nonMatches] of calicoTruthTable) {
    it(`${JSON.stringify(sel)}`, () => {
      const s = parsed(sel);
      for (const l of matches) expect(evaluate(s, l), `${sel} on ${JSON.stringify(l)}`).toBe(true);
      for (const l of nonMatches) expect(evaluate(s, l), `${sel} on ${JSON.stringify(l)}`).toBe(false);
      const again = parsed(selectorString(s));
      for (const l of matches) expect(evaluate(again, l)).toBe(true);
      for (const l of nonMatches) expect(evaluate(again, l)).toBe(false);
    });
  }
});

describe("parseSelector rejects what Calico rejects", () => {
  // parser_test.go `badSelectors`, then the tokenizer's error cases (tokenizer_test.go), then the
  // validator and IPAM library rows of calico-cases.md (D29, C47).
  const bad = [
    "b == b",
    "b contains b",
    "b starts with b",
    "b ends with b",
    "'b1' == b",
    "b",
    "a b",
    "!",
    `foo == "bar" &`,
    `foo == "bar" |`,
    `foo != ||`,
    `foo in {"", ||`,
    `foo in ""`,
    `"FOO`,
    `"FOO'`,
    `'FOO`,
    `(`,
    `(a == "foo"`,
    `)`,
    `()`,
    `%`,
    `a == "b" && %`,
    `a == "b" || %`,
    `a `,
    `has(foo) &&`,
    `label starts foo "value"`,
    `label ends foo "value"`,
    `label squiggles "value"`,
    `a not in "bar" && !has(foo) || b in c`,
    "this is not valid selector syntax",
    "invalid selector syntax [",
  ];
  for (const sel of bad) {
    it(JSON.stringify(sel), () => {
      const r = parseSelector(sel);
      expect(r.ok, `${sel} parsed as ${r.ok ? selectorString(r.ok) : ""}`).toBeUndefined();
    });
  }

  it("only space and tab separate tokens: a newline (a `|` block scalar's last line break) is an error", () => {
    expect(parseSelector("all()\n").error?.message).toBe('expected identifier, found "\\n"');
    expect(parseSelector('a == "b"\r\n').ok).toBeUndefined();
    expect(parseSelector('a ==\t"b"').ok).toBeDefined();
  });

  it("a label is at most 512 characters (tokenizer.MaxLabelLength)", () => {
    expect(parseSelector(`has(${"a".repeat(512)})`).ok).toBeDefined();
    expect(parseSelector(`has(${"a".repeat(513)})`).error?.message).toMatch(/^label too long/);
    expect(parseSelector(`${"a".repeat(513)} == "x"`).error?.message).toMatch(/^label too long/);
  });

  it("keyword operators need a word boundary after them", () => {
    expect(parseSelector(`a containsx "b"`).error?.message).toBe('expected operator after label "a"');
    expect(parseSelector(`a inx {"b"}`).error?.message).toBe('expected operator after label "a"');
    expect(parseSelector(`a in{"b"}`).ok).toBeDefined();
    expect(parseSelector(`a contains"b"`).ok).toBeDefined();
  });
});

describe("parseSelector: the forms Calico's tokenizer tests accept", () => {
  const good: [string, string][] = [
    [`a=="b"`, `a == "b"`],
    [`label == "value"`, `label == "value"`],
    [`contains contains "contains"`, `contains contains "contains"`],
    [`contains contains 'contains'`, `contains contains "contains"`],
    [`label contains"value"`, `label contains "value"`],
    [`label startswith "value"`, `label starts with "value"`],
    [`label endswith "value"`, `label ends with "value"`],
    [`label starts  with "value"`, `label starts with "value"`],
    [`startswith starts with "value"`, `startswith starts with "value"`],
    [`endswith ends with "value"`, `endswith ends with "value"`],
    [`has(calico/k8s_ns)`, `has(calico/k8s_ns)`],
    [`has(calico/k8s_NS-.1/role)`, `has(calico/k8s_NS-.1/role)`],
    [`calico/k8s_ns == "kube-system" && k8s-app == "kube-dns"`, `(calico/k8s_ns == "kube-system" && k8s-app == "kube-dns")`],
    [`a  not  in  {"bar"}  &&  ! has( foo )  ||  b  in  {"c"} `, `((a not in {"bar"} && !has(foo)) || b in {"c"})`],
    [`a notin{"bar"}&&!has(foo)||b in{"c"}`, `((a not in {"bar"} && !has(foo)) || b in {"c"})`],
    [`a not in {}`, `a not in {}`],
    [`a not in {"a","B"}`, `a not in {"B", "a"}`],
    // Canonicalisation table (parser_test.go `canonicalisationTests`).
    [` all() `, `all()`],
    [` (all() )`, `all()`],
    [`! (has( b)||! has(a ))`, `!(has(b) || !has(a))`],
    [`! (a == "b"&&! c != "d")`, `!(a == "b" && !c != "d")`],
    [`a == "'"`, `a == "'"`],
    [`a == '"'`, `a == '"'`],
    [`a startswith '"'`, `a starts with '"'`],
    [`a endswith "'"`, `a ends with "'"`],
    [`a!='"'`, `a != '"'`],
    [`a in {"z", "z", "x", "y", "x", "a"}`, `a in {"a", "x", "y", "z"}`],
    // A trailing comma in a set is accepted.
    [`a in {"x",}`, `a in {"x"}`],
    // Label keys with a DNS prefix, as Kubernetes writes them.
    [`kubernetes.io/metadata.name == "prod"`, `kubernetes.io/metadata.name == "prod"`],
    [`projectcalico.org/name in {"a", "b"}`, `projectcalico.org/name in {"a", "b"}`],
  ];
  for (const [input, canonical] of good) {
    it(`${JSON.stringify(input)} → ${canonical}`, () => {
      expect(selectorString(parsed(input))).toBe(canonical);
    });
  }

  it("a blank selector is all()", () => {
    expect(parsed("")).toEqual({ kind: "all" });
    expect(parsed(" \t ")).toEqual({ kind: "all" });
  });

  it("the IPPool selectors of Calico's validator tests (calico-cases D28, D31) parse", () => {
    for (const s of ['region == "east"', 'region == "east" && environment == "production"', 'region in {"east", "west"}', "has(team)", "all()", 'foo == "bar"', 'team == "backend" || team == "frontend"', 'environment contains "prod"', "!all()"]) {
      expect(parseSelector(s).ok, s).toBeDefined();
    }
  });
});

describe("parseSelector: where the problem is", () => {
  const cases: [string, string, number, number][] = [
    ["this is not valid selector syntax", 'expected operator after label "this"', 5, 7],
    ["invalid selector syntax [", 'expected operator after label "invalid"', 8, 16],
    [`a == "b`, "unterminated string", 5, 7],
    [`a = "b"`, "expected ==", 2, 3],
    [`a == "b" & c == "d"`, "expected &&", 9, 10],
    [`a == "b" | c == "d"`, "expected ||", 9, 10],
    [`has()`, 'expected identifier, found ")"', 4, 5],
    [`has(a`, "no closing ')' after has(", 5, 5],
    [`all(x)`, "no closing ')' after all(", 4, 5],
    [`a ==`, "expected string after ==, found the end of the selector", 4, 4],
    [`a == b`, 'expected string after ==, found label "b"', 5, 6],
    [`a`, "unexpected end of string looking for op", 1, 1],
    [`a in "x"`, 'expected set literal after in, found string "x"', 5, 8],
    [`a in {"x" "y"}`, 'expected }, found string "y"', 10, 13],
    [`(a == "x"`, "expected ), found the end of the selector", 9, 9],
    [`a == "x")`, "unexpected content at end of selector: )", 8, 9],
    [`a == "x" b == "y"`, 'unexpected content at end of selector: label "b"', 9, 10],
    [`!`, "unexpected token: the end of the selector", 1, 1],
    [`&& a == "x"`, "unexpected token: &&", 0, 2],
    [`a (`, 'expected == or != after label "a", found (', 2, 3],
    [`a == "x" && %`, 'expected identifier, found "%"', 12, 13],
  ];
  for (const [input, message, offset, end] of cases) {
    it(`${JSON.stringify(input)}: ${message}`, () => {
      expect(parseSelector(input).error).toEqual({ message, offset, end });
    });
  }

  it("tokenizer errors come first, as Calico tokenizes the whole text before parsing", () => {
    expect(parseSelector(`) "x`).error?.message).toBe("unterminated string");
  });
});

describe("evaluate", () => {
  it("takes a Map or a record, and ignores the record's prototype", () => {
    const s = parsed("has(toString)");
    expect(evaluate(s, {})).toBe(false);
    expect(evaluate(s, new Map([["toString", ""]]))).toBe(true);
    expect(evaluate(parsed('a == ""'), { a: "" })).toBe(true);
    expect(evaluate(parsed('a != ""'), {})).toBe(true);
  });

  it("C40–C46: namespace selectors of the IPAM library tests", () => {
    const prod = { environment: "production" };
    const dev = { environment: "development" };
    expect(evaluate(parsed("environment == 'production'"), prod)).toBe(true);
    expect(evaluate(parsed("environment == 'production'"), dev)).toBe(false);
    const both = parsed("environment == 'production' && team == 'a'");
    expect(evaluate(both, { environment: "production", team: "a" })).toBe(true);
    expect(evaluate(both, { environment: "production", team: "b" })).toBe(false);
    expect(evaluate(parsed('kubernetes.io/metadata.name == "prod"'), { "kubernetes.io/metadata.name": "prod" })).toBe(true);
  });
});
