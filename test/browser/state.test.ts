import { deflateRawSync, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeState, encodePlainState, encodeState, fromBase64Url, toBase64Url, type PlaygroundState } from "../../playground/src/state.js";

/** The playground's URL state (playground/src/state.ts), with node's raw DEFLATE standing in for the browser's. */

const deflate = (b: Uint8Array) => deflateRawSync(b);
const inflate = async (b: Uint8Array) => inflateRawSync(b);

describe("playground URL state", () => {
  it("round-trips every field, texts with any characters included", async () => {
    const state: PlaygroundState = {
      files: [
        { name: "a.yaml", text: "kind: Pod\n# ünïcødé ✓ \u{1F600}\n" },
        { name: "dir/b.json", text: "{}" },
      ],
      active: 1,
      calicoVersion: "head",
      cni: { type: "Calico", ipam: "host-local" },
      podCidrs: ["10.0.0.0/8"],
      nodes: 3,
      poolsComplete: true,
      featureFlags: { ipAddrsNoIpam: true },
      rules: { "pool-overlap": "off", "ip-outside-pool": "warn" },
    };
    const hash = await encodeState(state, deflate);
    expect(hash).toMatch(/^s=[A-Za-z0-9_-]+$/);
    expect(await decodeState(`#${hash}`, inflate)).toEqual(state);
    // The docs' links carry it uncompressed.
    expect(await decodeState(`#${encodePlainState(state)}`, inflate)).toEqual(state);
  });

  it("base64url survives every byte value", () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect([...fromBase64Url(toBase64Url(bytes))]).toEqual([...bytes]);
  });

  it("ignores a fragment it did not write, and keeps only well-typed fields", async () => {
    expect(await decodeState("", inflate)).toBeNull();
    expect(await decodeState("#s=not-deflate", inflate)).toBeNull();
    const odd = `s=${toBase64Url(deflateRawSync(Buffer.from(JSON.stringify({ files: [{ name: "a", text: 1 }, { name: "b", text: "x" }], rules: { r: "loud" }, nodes: -1, calicoVersion: "v9" }))))}`;
    expect(await decodeState(odd, inflate)).toEqual({ files: [{ name: "b", text: "x" }] });
  });
});
