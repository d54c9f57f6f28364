import { describe, expect, it } from "vitest";
import { contains, ipString, overlaps, parseCIDR, parseCIDROrIP, parseIP, sizeOf, within } from "../../src/model/ip.js";

describe("parseIP follows Go's net.ParseIP", () => {
  const accepted: [string, 4 | 6, string][] = [
    ["10.0.0.1", 4, "10.0.0.1"],
    ["10.0.0.0", 4, "10.0.0.0"],
    ["::1", 6, "::1"],
    ["::ffff:10.0.0.1", 4, "10.0.0.1"],
    ["2001:DB8::1", 6, "2001:db8::1"],
    ["2001:db8:0:0:0:0:0:1", 6, "2001:db8::1"],
    ["1:2:3:4:5:6:7::", 6, "1:2:3:4:5:6:7:0"],
    ["::", 6, "::"],
    ["1:2:3:4:5:6:1.2.3.4", 6, "1:2:3:4:5:6:102:304"],
  ];
  for (const [s, family, canonical] of accepted) {
    it(`accepts ${s}`, () => {
      const ip = parseIP(s);
      expect(ip?.family).toBe(family);
      expect(ip && ipString(ip)).toBe(canonical);
    });
  }
  const rejected = ["010.0.0.1", "1.2.3", "fe80::1%eth0", " 10.0.0.1", "10.0.0.1 ", "10.0.0.1/32", "256.0.0.1", "", "1::2:3:4:5:6:7:8", "1:::2", "0x0a.0.0.1", "1.2.3.4.5"];
  for (const s of rejected) it(`rejects ${JSON.stringify(s)}`, () => expect(parseIP(s)).toBeNull());
});

describe("CIDR arithmetic", () => {
  it("masks host bits and remembers them", () => {
    const c = parseCIDR("10.0.0.5/24");
    expect(c?.hadHostBits).toBe(true);
    expect(c && ipString({ family: 4, value: c.network })).toBe("10.0.0.0");
  });
  it("rejects bad prefixes", () => {
    expect(parseCIDR("10.0.0.0/33")).toBeNull();
    expect(parseCIDR("10.0.0.0")).toBeNull();
    expect(parseCIDR("fd00::/129")).toBeNull();
  });
  it("sizes IPv6 without enumerating", () => {
    const c = parseCIDR("fd00::/48");
    expect(c && sizeOf(c)).toBe(1n << 80n);
  });
  it("contains, overlaps, within", () => {
    const a = parseCIDR("10.0.0.0/16")!;
    const b = parseCIDR("10.0.5.0/24")!;
    const v6 = parseCIDR("fd00::/64")!;
    expect(within(b, a)).toBe(true);
    expect(within(a, b)).toBe(false);
    expect(overlaps(a, b)).toBe(true);
    expect(overlaps(a, v6)).toBe(false);
    expect(contains(a, parseIP("10.0.255.255")!)).toBe(true);
    expect(contains(a, parseIP("10.1.0.0")!)).toBe(false);
  });
  it("reads a bare IP as a host route (IPReservation)", () => {
    expect(parseCIDROrIP("192.168.2.3")?.prefix).toBe(32);
    expect(parseCIDROrIP("fd00::1")?.prefix).toBe(128);
    expect(parseCIDROrIP("garbage")).toBeNull();
  });
});
