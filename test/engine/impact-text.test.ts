import { describe, expect, it } from "vitest";
import { documentTexts, hasClusterWideWords, sameClusterWideText } from "../../src/engine/impact.js";

/**
 * `sameClusterWideText` decides that a changed file's cluster-wide objects are unchanged without
 * parsing it (src/engine/impact.ts): the documents that may hold one (by their words) must be the
 * same in both texts, as lists in any order. It searches only the documents in one text and not
 * the other; checked here against the definition, sorting and comparing those lists, on random
 * texts made of a few documents, repeated and reordered.
 */

const WORDS = /\b(?:Namespace|IPPool|IPReservation|IPAMConfig|IPAMConfiguration|Installation|ClusterConfiguration|KubeProxyConfiguration|Cluster|Network|ConfigMap|CALICO_IPV[46]POOL_[A-Z_]+|NO_DEFAULT_POOLS)\b/;
const definition = (now: string, before: string): boolean => {
  const docs = (t: string): string[] => t.split(/^---(?=[ \t\r\n]|$)/m).filter((d) => WORDS.test(d)).sort();
  const a = docs(now);
  const b = docs(before);
  return a.length === b.length && a.every((d, i) => d === b[i]);
};

const DOCS = [
  "kind: Deployment\nmetadata: {name: a}\nspec: {revisionHistoryLimit: 5}\n",
  "kind: Deployment\nmetadata: {name: a}\nspec: {revisionHistoryLimit: 6}\n",
  "kind: IPPool\nmetadata: {name: p}\nspec: {cidr: 10.0.0.0/24}\n",
  "kind: IPPool\nmetadata: {name: p}\nspec: {cidr: 10.1.0.0/24}\n",
  "kind: Namespace\nmetadata: {name: n}\n",
  "kind: ConfigMap\nmetadata: {name: c}\ndata: {x: '1'}\n",
  "kind: Service\nmetadata: {name: s}\n",
  "",
];

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe("sameClusterWideText", () => {
  it("agrees with comparing the sorted lists of documents with cluster-wide words, on 20,000 random pairs", () => {
    const random = seeded(19);
    const text = (): string => {
      const n = Math.floor(random() * 5);
      return Array.from({ length: n }, () => DOCS[Math.floor(random() * DOCS.length)]).join("---\n");
    };
    let same = 0;
    for (let i = 0; i < 20_000; i++) {
      const before = text();
      // Half the time a permutation of the same documents, perhaps with one replaced.
      let now = text();
      if (random() < 0.5) {
        const docs = before.split(/^---(?=[ \t\r\n]|$)/m).sort(() => random() - 0.5);
        if (random() < 0.5) docs[Math.floor(random() * docs.length)] = DOCS[Math.floor(random() * DOCS.length)] ?? "";
        now = docs.join("---");
      }
      const expected = definition(now, before);
      if (expected) same++;
      expect(sameClusterWideText(now, before), JSON.stringify({ now, before })).toBe(expected);
    }
    // Both answers are well represented.
    expect(same).toBeGreaterThan(2_000);
    expect(same).toBeLessThan(18_000);
  });

  it("a duplicated cluster-wide document is a change; a duplicated workload is not", () => {
    const pool = `---\n${DOCS[2] ?? ""}`;
    const work = `---\n${DOCS[0] ?? ""}`;
    expect(sameClusterWideText(pool + pool, pool)).toBe(false);
    expect(sameClusterWideText(work + work + pool, pool + work)).toBe(true);
  });
});

describe("hasClusterWideWords", () => {
  it("is the words' expression, on 30,000 random texts of words, parts of words and what borders them", () => {
    const PIECES = ["Namespace", "Namespaces", "IPPool", "IPReservation", "IPAMConfig", "IPAMConfiguration", "Installation", "ClusterConfiguration", "KubeProxyConfiguration", "Cluster", "ClusterIP", "Network", "NetworkPolicy", "ConfigMap", "configMap", "CALICO_IPV4POOL_CIDR", "CALICO_IPV6POOL_", "CALICO_IPV5POOL_X", "CALICO_IPV", "NO_DEFAULT_POOLS", "NO_DEFAULT", "Name", "space", "IP", "Pool", "x", "_", "0", " ", "\n", ": ", "-", "é"];
    const random = seeded(23);
    let found = 0;
    for (let i = 0; i < 30_000; i++) {
      const text = Array.from({ length: Math.floor(random() * 6) }, () => PIECES[Math.floor(random() * PIECES.length)]).join("");
      const expected = WORDS.test(text);
      if (expected) found++;
      expect(hasClusterWideWords(text), JSON.stringify(text)).toBe(expected);
    }
    expect(found).toBeGreaterThan(3_000);
    expect(found).toBeLessThan(27_000);
  });
});

describe("documentTexts", () => {
  it("splits as the multiline pattern does, on 30,000 random texts of dashes, spaces and the four line terminators", () => {
    // The pattern's `^` and `$` are at the ends and beside \n, \r, U+2028 and U+2029 (ECMA-262 LineTerminator).
    const PIECES = ["---", "-", "--", "\n", "\r", "\r\n", " ", "\t", "\u2028", "\u2029", "a", "kind: IPPool", "...", "x---"];
    const random = seeded(7);
    let separators = 0;
    for (let i = 0; i < 30_000; i++) {
      const text = Array.from({ length: Math.floor(random() * 12) }, () => PIECES[Math.floor(random() * PIECES.length)]).join("");
      const expected = text.split(/^---(?=[ \t\r\n]|$)/m);
      separators += expected.length - 1;
      expect(documentTexts(text), JSON.stringify(text)).toEqual(expected);
    }
    expect(separators).toBeGreaterThan(3_000);
  });
});
