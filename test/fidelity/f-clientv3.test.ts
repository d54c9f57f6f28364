import { describe, it } from "vitest";
import { parseSource } from "../../src/load/index.js";
import type { LintOptions } from "../../src/engine/run.js";
import { stream } from "../rule-tester.js";
import { err, expectAccepted, expectRejected, ippool } from "./helpers.js";

/**
 * calico-cases.md section F: IPPool create/update through clientv3 in v3.32.1
 * (calico:libcalico-go/lib/clientv3/ippool_e2e_test.go). An update is a manifest changed since
 * `--changed-since REF` (the pool in the same file at REF is taken to exist in the cluster); a
 * create next to an existing pool is two pools in view.
 */

/** test.yaml as it was at the revision `main`. */
const at = (text: string): LintOptions => ({ changedSince: { ref: "main", previous: new Map([["test.yaml", parseSource("test.yaml", text, true)]]) } });

const overlap = (second: string, first: string, cidr: string) => `\`IPPool(${second}) CIDR overlaps with IPPool(${first}) CIDR ${cidr}\``;

describe("F. IPPool create/update through clientv3 (v3.32.1)", () => {
  it("F1 prevent the CIDR being changed on an update", () => {
    expectRejected({ yaml: ippool("ippool1", "1.2.4.0/24"), options: at(ippool("ippool1", "1.2.3.0/24")) }, [err("pool-invalid", "cidrChanged", "`IPPool CIDR cannot be modified`")]);
  });
  it("F1 (no change) › the same pool applied again is fine", () => {
    expectAccepted({ yaml: ippool("ippool1", "1.2.3.0/24"), options: at(ippool("ippool1", "1.2.3.0/24")) });
  });

  it("F3 identical or overlapping CIDR › same CIDR, other name", () => {
    expectRejected({ yaml: stream(ippool("ippool1", "1.2.3.0/24"), ippool("ippool2", "1.2.3.0/24")) }, [
      err("pool-overlap", "overlap", overlap("ippool2", "ippool1", "1.2.3.0/24"), "IPPool/ippool1"),
      err("pool-overlap", "overlap", overlap("ippool2", "ippool1", "1.2.3.0/24"), "IPPool/ippool2"),
    ]);
  });
  it("F4 › larger overlapping CIDR", () => {
    expectRejected({ yaml: stream(ippool("ippool1", "1.2.3.0/24"), ippool("ippool3", "1.2.0.0/16")) }, [
      err("pool-overlap", "overlap", overlap("ippool3", "ippool1", "1.2.3.0/24"), "IPPool/ippool1"),
      err("pool-overlap", "overlap", overlap("ippool3", "ippool1", "1.2.3.0/24"), "IPPool/ippool3"),
    ]);
  });
  it("F5 › smaller overlapping CIDR", () => {
    expectRejected({ yaml: stream(ippool("ippool1", "1.2.3.0/24"), ippool("ippool4", "1.2.3.128/25")) }, [
      err("pool-overlap", "overlap", overlap("ippool4", "ippool1", "1.2.3.0/24"), "IPPool/ippool1"),
      err("pool-overlap", "overlap", overlap("ippool4", "ippool1", "1.2.3.0/24"), "IPPool/ippool4"),
    ]);
  });

  it("F6 prevent the blocksize being changed", () => {
    expectRejected({ yaml: ippool("ippool1", "1.2.3.0/24", "blockSize: 26"), options: at(ippool("ippool1", "1.2.3.0/24", "blockSize: 25")) }, [
      err("pool-invalid", "blockSizeChanged", "`IPPool BlockSize cannot be modified`"),
    ]);
  });

  describe("F7 bad block sizes", () => {
    for (const bs of [19, 33]) {
      it(`F7 blockSize ${bs}`, () => {
        expectRejected({ yaml: ippool("ippool1", "1.2.3.0/24", `blockSize: ${bs}`) }, [err("pool-invalid", "blockSizeRange", "`IPv4 block size must be between 20 and 32`")]);
      });
    }
  });

  it("F8 overlap using block sizes (the /31 pool with blockSize 31, so that only the overlap is wrong)", () => {
    expectRejected({ yaml: stream(ippool("pool1", "1.2.3.0/24", "blockSize: 25"), ippool("ippool3", "1.2.3.8/31", "blockSize: 31")) }, [
      err("pool-overlap", "overlap", overlap("ippool3", "pool1", "1.2.3.0/24"), "IPPool/pool1"),
      err("pool-overlap", "overlap", overlap("ippool3", "pool1", "1.2.3.0/24"), "IPPool/ippool3"),
    ]);
  });

  it("F10 covers different blocks with a different blockSize", () => {
    expectAccepted({ yaml: stream(ippool("ippool1", "1.2.3.0/24"), ippool("ippool2", "1.2.4.0/24", "blockSize: 29")) });
  });

  it("F11 create VXLAN pool when VXLAN missing (empty vxlanMode is defaulted to Never)", () => {
    expectAccepted({ yaml: ippool("ippool1", "1.2.3.0/24", 'vxlanMode: ""') });
  });
});
