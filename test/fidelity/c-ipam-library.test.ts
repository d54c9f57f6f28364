import { describe, it } from "vitest";
import { stream } from "../rule-tester.js";
import { deployment, err, expectAccepted, expectRejected, ippool, namespace, pod, reservation, warn } from "./helpers.js";

/**
 * calico-cases.md section C: the IPAM library (calico:libcalico-go/lib/ipam/ipam_test.go). The
 * library's AutoAssign/AssignIP calls are what the CNI plugin makes for a pod: a requested pool list
 * is a pool annotation, `AssignIP` is `ipAddrs`, and "request N addresses" is N pods drawing from the
 * pools. Rows about node labels, blocks per host, block affinity and Windows are out of reach (see
 * docs/calico-fidelity.md); where a row mixes both, the part in reach is tested.
 */

describe("C. IPAM library", () => {
  describe("AllowedUses", () => {
    it("C2 AssignIP › allow an IP whose pool permits the use (Workload, HEAD)", () => {
      expectAccepted({ yaml: stream(ippool("wl", "10.0.0.0/24", "allowedUses: [Workload]"), pod("p", { ipAddrs: '["10.0.0.2"]' })), settings: { calicoVersion: "head" } }, [
        warn("static-ip-auto-pool", "ipAddrs", "10.0.0.2"),
      ]);
    });

    describe("C4 › allow Tunnel from a default pool (empty allowedUses means [Workload, Tunnel])", () => {
      // Modelled with the node count known: each node takes an IPIP tunnel address from a pool whose
      // allowedUses are left empty, so 3 of the 16 addresses go to the 3 nodes.
      const pool = ippool("p", "10.0.0.0/28", "blockSize: 28\nipipMode: Always");
      it("13 pods and 3 tunnel addresses fill the /28", () => {
        expectAccepted({ yaml: stream(pool, deployment("web", 13)), settings: { nodes: 3 } });
      });
      it("a 14th pod does not fit", () => {
        expectRejected({ yaml: stream(pool, deployment("web", 14)), settings: { nodes: 3 } }, [
          err("pool-exhausted", "pods", "3 node tunnel addresses", "Deployment/web"),
          err("pool-exhausted", "pool", "3 node tunnel addresses", "IPPool/p"),
        ]);
      });
      it("allowedUses [Workload] keeps the tunnel addresses out: 16 pods fit", () => {
        expectAccepted({ yaml: stream(ippool("p", "10.0.0.0/28", "blockSize: 28\nipipMode: Always\nallowedUses: [Workload]"), deployment("web", 16)), settings: { nodes: 3 } });
      });
    });
  });

  describe("Reservations", () => {
    const pool = ippool("p", "10.0.0.0/26");
    it("C5 before adding reservation › all 64 addresses of a /26 (.0 and .63 included)", () => {
      expectAccepted({ yaml: stream(pool, deployment("web", 64)) });
    });
    it("C5 (boundary) › a 65th pod does not fit", () => {
      expectRejected({ yaml: stream(pool, deployment("web", 65)) }, [
        err("pool-exhausted", "pods", "64 can be assigned", "Deployment/web"),
        err("pool-exhausted", "pool", "No IPs available in pools: [10.0.0.0/26]", "IPPool/p"),
      ]);
    });
    const reserved = reservation("r", ["10.0.0.1/32", "10.0.0.32/30", "10.0.0.17/32", "11.0.0.0/30"]);
    it("C6 with reservations › non-reserved IPs only: 58", () => {
      expectAccepted({ yaml: stream(pool, reserved, deployment("web", 58)) });
    });
    it("C6 (boundary) › a 59th pod does not fit (6 addresses reserved inside the pool)", () => {
      expectRejected({ yaml: stream(pool, reserved, deployment("web", 59)) }, [
        err("pool-exhausted", "pods", "6 reserved by IPReservations", "Deployment/web"),
        err("pool-exhausted", "pool", "6 reserved by IPReservations", "IPPool/p"),
      ]);
    });
  });

  describe("AutoAssign different pools – multi", () => {
    const pools = stream(ippool("a", "10.0.0.0/24"), ippool("b", "20.0.0.0/24"), ippool("c", "30.0.0.0/24", "disabled: true"));

    it("C8 › disabled pool in requested list", () => {
      expectRejected({ yaml: stream(pools, pod("p", { ipv4pools: '["10.0.0.0/24", "30.0.0.0/24"]' })) }, [
        err("unknown-pool", "notEnabled", "`the given pool (30.0.0.0/24) does not exist, or is not enabled`"),
      ]);
    });

    it("C9 › IPv4 pool inside IPv6 requested list (the CNI plugin's ResolvePools fails first, with P2)", () => {
      expectRejected({ yaml: stream(pools, ippool("v6", "fd80::/120"), pod("p", { ipv6pools: '["fd80::11/120", "10.0.0.0/24"]' })) }, [
        err("pool-family-mismatch", "mismatch", '`"10.0.0.0" isn\'t a IPv6 address`'),
      ]);
    });

    it("C10 › two valid requested pools, 1 IP", () => {
      expectAccepted({ yaml: stream(pools, pod("p", { ipv4pools: '["10.0.0.0/24", "20.0.0.0/24"]' })) });
    });

    it("C11 › 300 from two /24 pools", () => {
      expectAccepted({ yaml: stream(pools, deployment("web", 300, { ipv4pools: '["10.0.0.0/24", "20.0.0.0/24"]' })) });
    });

    const both = { ipv4pools: '["10.0.0.0/24", "20.0.0.0/24"]' };
    it("C12 › another 300 gets 211: 1 + 300 + 211 = 512, every address of both /24 pools", () => {
      expectAccepted({ yaml: stream(pools, pod("one", both), deployment("web", 300, both), deployment("more", 211, both)) });
    });
    it("C12 (boundary) › one more pod does not fit", () => {
      const msg = "No IPs available in pools: [10.0.0.0/24 20.0.0.0/24]";
      expectRejected({ yaml: stream(pools, pod("one", both), deployment("web", 300, both), deployment("more", 211, both), pod("last", both)) }, [
        err("pool-exhausted", "pods", msg, "Pod/one"),
        err("pool-exhausted", "pods", msg, "Deployment/web"),
        err("pool-exhausted", "pods", msg, "Deployment/more"),
        err("pool-exhausted", "pods", msg, "Pod/last"),
        err("pool-exhausted", "pool", msg, "IPPool/a"),
        err("pool-exhausted", "pool", msg, "IPPool/b"),
      ]);
    });

    it("C13 › invalid + valid requested pool", () => {
      expectRejected({ yaml: stream(pools, pod("p", { ipv4pools: '["10.0.0.0/24", "40.0.0.0/24"]' })) }, [
        err("unknown-pool", "noSuchCidr", "`the given pool (40.0.0.0/24) does not exist, or is not enabled`"),
      ]);
    });
  });

  describe("AutoAssign table (allowedUses)", () => {
    const tunnel = ippool("tunnel", "192.168.3.0/24", "allowedUses: [Tunnel]");
    const workload = ippool("workload", "192.168.4.0/24", "allowedUses: [Workload]");

    it("C14 › workload IP from tunnel pool (requested)", () => {
      expectRejected({ yaml: stream(tunnel, workload, pod("p", { ipv4pools: '["192.168.3.0/24"]' })) }, [
        err("no-usable-pool", "requestedNoWorkload", "`cannot find a qualified ippool, no pools match the required use (Workload)`", "Pod/p"),
      ]);
    });

    it("C15 › workload IP from workload pool (requested)", () => {
      expectAccepted({ yaml: stream(tunnel, workload, pod("p", { ipv4pools: '["192.168.4.0/24"]' })) });
    });

    it("C16 › any workload pool (none requested; a Workload and a Tunnel pool exist)", () => {
      expectAccepted({ yaml: stream(tunnel, workload, pod("p")), settings: { poolsComplete: true } });
    });

    it("C17 › no workload pools", () => {
      expectRejected({ yaml: stream(tunnel, pod("p")), settings: { poolsComplete: true } }, [
        err("no-usable-pool", "P5", "`cannot find a qualified ippool, no pools match the required use (Workload)`", "Pod/p"),
      ]);
    });
  });

  describe("The per-node block limit (ipam.go autoAssign: ErrBlockLimit); the library's one host is pods pinned to one node", () => {
    const limit = (n: number): string =>
      `apiVersion: projectcalico.org/v3\nkind: IPAMConfiguration\nmetadata:\n  name: default\nspec:\n  strictAffinity: true\n  maxBlocksPerHost: ${n}\n`;
    const onOneNode = (replicas: number): string =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      nodeSelector:\n        kubernetes.io/hostname: host-1\n      containers:\n        - name: app\n          image: registry.example/app:1\n`;
    const pool = ippool("p", "192.168.1.0/24", "blockSize: 26");

    it("C18 › /24 of /26 blocks, maxBlocksPerHost 1: 64 addresses on the host, the 65th fails", () => {
      expectAccepted({ yaml: stream(limit(1), pool, onOneNode(64)) });
      expectRejected({ yaml: stream(limit(1), pool, onOneNode(65)) }, [
        err("pool-exhausted", "blockLimitPinned", "`Need to allocate an IPAM block but could not - limit of 1 blocks reached for this node`", "Deployment/web"),
      ]);
    });

    it("C19 › limit 2: 128 addresses, the 129th fails", () => {
      expectAccepted({ yaml: stream(limit(2), pool, onOneNode(128)) });
      expectRejected({ yaml: stream(limit(2), pool, onOneNode(129)) }, [err("pool-exhausted", "blockLimitPinned", "`cannot allocate new block due to per host block limit`")]);
    });

    it("C50 › the default limit is 20 blocks: /32 blocks hold 20 addresses on one host", () => {
      const tiny = ippool("p", "192.168.1.0/24", "blockSize: 32");
      expectAccepted({ yaml: stream(tiny, onOneNode(20)) });
      expectRejected({ yaml: stream(tiny, onOneNode(21)) }, [err("pool-exhausted", "blockLimitPinned", "limit of 20 blocks reached for this node")]);
    });
  });

  describe("AutoAssign table (exhaustion and affinity)", () => {
    it("C20 › 257 v4 from a /24", () => {
      expectRejected({ yaml: stream(ippool("p", "192.168.1.0/24"), deployment("web", 257)) }, [
        err("pool-exhausted", "pods", "`failed to request IPv4 addresses: Assigned 0 out of 1 requested IPv4 addresses; No IPs available in pools: [192.168.1.0/24]`", "Deployment/web"),
        err("pool-exhausted", "pool", "No IPs available in pools: [192.168.1.0/24]", "IPPool/p"),
      ]);
    });

    it("C21 › 0 v4 257 v6 from a /120", () => {
      expectRejected({ yaml: stream(ippool("p6", "fd80:24e2:f998:72d6::/120"), deployment("web", 257)) }, [
        err(
          "pool-exhausted",
          "pods",
          "`failed to request IPv6 addresses: Assigned 0 out of 1 requested IPv6 addresses; No IPs available in pools: [fd80:24e2:f998:72d6::/120]`",
          "Deployment/web",
        ),
        err("pool-exhausted", "pool", "No IPs available in pools: [fd80:24e2:f998:72d6::/120]", "IPPool/p6"),
      ]);
    });

    it("C22 › without strict affinity hosts borrow from each other's blocks: a /25 with /26 blocks holds 128 pods", () => {
      expectAccepted({ yaml: stream(ippool("p", "10.0.0.0/25", "blockSize: 26"), deployment("web", 128)) });
    });

    it("C23 › 256 v4 with strict affinity from a /26: P8, not P7", () => {
      expectRejected({ yaml: stream(ippool("p", "192.168.1.0/26"), ippool("q", "192.168.1.64/26"), deployment("web", 256, { ipv4pools: '["192.168.1.0/26"]' })), settings: { strictAffinity: true } }, [
        err("pool-exhausted", "pods", "`failed to request IPv4 addresses: Assigned 0 out of 1 requested IPv4 addresses; No more free affine blocks and strict affinity enabled`", "Deployment/web"),
        err("pool-exhausted", "pool", "No more free affine blocks and strict affinity enabled", "IPPool/p"),
      ]);
    });
  });

  describe("AssignIP table", () => {
    const v4 = ippool("p", "192.168.1.0/24");
    it("C24 › IPv4 from a configured pool: the network address is assignable", () => {
      expectAccepted({ yaml: stream(v4, pod("p", { ipAddrs: '["192.168.1.0"]' })) }, [warn("static-ip-auto-pool", "ipAddrs", "192.168.1.0")]);
    });
    it("C24 (broadcast) › so is the pool's last address", () => {
      expectAccepted({ yaml: stream(v4, pod("p", { ipAddrs: '["192.168.1.255"]' })) }, [warn("static-ip-auto-pool", "ipAddrs", "192.168.1.255")]);
    });
    it("C25 › IPv6 from a configured pool", () => {
      expectAccepted({ yaml: stream(ippool("p6", "fd80:24e2:f998:72d6::/120"), pod("p", { ipAddrs: '["fd80:24e2:f998:72d6::"]' })) }, [
        warn("static-ip-auto-pool", "ipAddrs", "fd80:24e2:f998:72d6::"),
      ]);
    });
    it("C26 › IPv4 from a non-configured pool", () => {
      expectRejected({ yaml: stream(v4, pod("p", { ipAddrs: '["1.1.1.1"]' })) }, [err("ip-outside-pool", "outside", "`The provided IP address is not in a configured pool`")]);
    });
    it("C27 › same IPv4 twice (second time)", () => {
      const ip = { ipAddrs: '["192.168.1.0"]' };
      const text = "`resource already exists: 192.168.1.0 with error: Address already assigned in block`";
      expectRejected({ yaml: stream(v4, pod("first", ip), pod("second", ip)) }, [
        err("duplicate-static-ip", "taken", text, "Pod/first"),
        err("duplicate-static-ip", "taken", text, "Pod/second"),
        warn("static-ip-auto-pool", "ipAddrs", undefined, "Pod/first"),
        warn("static-ip-auto-pool", "ipAddrs", undefined, "Pod/second"),
      ]);
    });
  });

  describe("determinePools (node selectors; node labels are not in the files)", () => {
    const pool1 = (extra = "") => ippool("pool1", "10.0.0.0/24", extra);
    const pool2 = (extra = "") => ippool("pool2", "10.0.1.0/24", extra);
    const complete = { poolsComplete: true };

    it("C29 › both enabled, no selectors, none requested", () => {
      expectAccepted({ yaml: stream(pool1(), pool2(), pod("p")), settings: complete });
    });
    it("C30 › pool1 matching selector, none requested (no false error; which pool depends on node labels)", () => {
      expectAccepted({ yaml: stream(pool1('nodeSelector: foo == "bar"'), pool2('nodeSelector: foo != "bar"'), pod("p")), settings: complete });
    });
    it("C31 › pool1 mismatching node selector, none requested", () => {
      expectAccepted({ yaml: stream(pool1('nodeSelector: foo != "bar"'), pool2("nodeSelector: all()"), pod("p")), settings: complete });
    });
    it("C32 › pool1 mismatching node selector, pool1 requested: the selector is ignored", () => {
      expectAccepted({ yaml: stream(pool1('nodeSelector: foo != "bar"'), pool2(), pod("p", { ipv4pools: '["pool1"]' })), settings: complete });
    });
    it("C32 (no node at all) › a requested pool with nodeSelector !all() is used all the same", () => {
      expectAccepted({ yaml: stream(pool1('nodeSelector: "!all()"'), pod("p", { ipv4pools: '["pool1"]' })), settings: complete });
    });
    it("C33 › pool1 matching, pool2 requested", () => {
      expectAccepted({ yaml: stream(pool1('nodeSelector: foo == "bar"'), pool2(), pod("p", { ipv4pools: '["pool2"]' })), settings: complete });
    });
    it("C34 › pool1 disabled, none requested", () => {
      expectAccepted({ yaml: stream(pool1("disabled: true"), pool2(), pod("p")), settings: complete });
    });
    it("C35 › pool1 disabled, pool1 requested", () => {
      expectRejected({ yaml: stream(pool1("disabled: true"), pool2(), pod("p", { ipv4pools: '["pool1"]' })) }, [
        err("unknown-pool", "notEnabled", "`the given pool (10.0.0.0/24) does not exist, or is not enabled`"),
      ]);
    });
    it("C36 › pool1 disabled, pool2 selecting no node (!all()), none requested", () => {
      expectRejected({ yaml: stream(pool1("disabled: true"), pool2('nodeSelector: "!all()"'), pod("p")), settings: complete }, [
        err("no-usable-pool", "P6", "`no configured Calico pools for node <node>`", "Pod/p"),
      ]);
    });
    it("C36 (label selector) › pool2 `foo != \"bar\"`: depends on node labels, no error", () => {
      expectAccepted({ yaml: stream(pool1("disabled: true"), pool2('nodeSelector: foo != "bar"'), pod("p")), settings: complete });
    });
    it("C37 › pool1 disabled, pool2 mismatching selector, pool2 requested", () => {
      expectAccepted({ yaml: stream(pool1("disabled: true"), pool2('nodeSelector: "!all()"'), pod("p", { ipv4pools: '["pool2"]' })), settings: complete });
    });

    describe("C38 determinePools IPv6 › same matrix with IPv6 pools", () => {
      const v6a = (extra = "") => ippool("pool1", "fd00:1::/120", extra);
      const v6b = (extra = "") => ippool("pool2", "fd00:2::/120", extra);
      const six = { ipFamilies: '["IPv6"]' };
      it("C38 as C29/C31 › none requested", () => {
        expectAccepted({ yaml: stream(v6a('nodeSelector: foo != "bar"'), v6b(), pod("p", six)), settings: complete });
      });
      it("C38 as C32 › mismatching selector, requested", () => {
        expectAccepted({ yaml: stream(v6a('nodeSelector: "!all()"'), pod("p", { ...six, ipv6pools: '["pool1"]' })), settings: complete });
      });
      it("C38 as C35 › disabled, requested", () => {
        expectRejected({ yaml: stream(v6a("disabled: true"), v6b(), pod("p", { ...six, ipv6pools: '["pool1"]' })) }, [
          err("unknown-pool", "notEnabled", "`the given pool (fd00:1::/120) does not exist, or is not enabled`"),
        ]);
      });
      it("C38 as C36 › disabled + !all(), none requested", () => {
        expectRejected({ yaml: stream(v6a("disabled: true"), v6b('nodeSelector: "!all()"'), pod("p", six)), settings: complete }, [
          err("no-usable-pool", "P6", /IPv6 .*`no configured Calico pools for node <node>`/, "Pod/p"),
        ]);
      });
    });
  });

  describe("namespace selector (namespace labels are in the files: the Namespace object's labels and kubernetes.io/metadata.name)", () => {
    const prod = namespace("prod", {}, { environment: "production" });
    const dev = namespace("dev", {}, { environment: "development" });
    const selPool = ippool("prod-pool", "10.0.0.0/24", "allowedUses: [Workload]\nnamespaceSelector: environment == 'production'");
    const complete = { poolsComplete: true };

    it("C39 › no selector", () => {
      expectAccepted({ yaml: stream(ippool("p", "10.0.0.0/24"), dev, pod("p", {}, { namespace: "dev" })), settings: complete });
    });
    it("C40 › selector matches", () => {
      expectAccepted({ yaml: stream(selPool, prod, pod("p", {}, { namespace: "prod" })), settings: complete });
    });
    it("C41 › selector does not match (only pool) → P6", () => {
      expectRejected({ yaml: stream(selPool, dev, pod("p", {}, { namespace: "dev" })), settings: complete }, [
        err("no-usable-pool", "P6", "`no configured Calico pools for node <node>`", "Pod/p"),
      ]);
    });
    it("C42 › node matches, namespace does not → P6 (the node selector is taken to match: node labels are not in the files)", () => {
      const pool = ippool("p", "10.0.0.0/24", "allowedUses: [Workload]\nnodeSelector: zone == 'us-west'\nnamespaceSelector: environment == 'production'");
      expectRejected({ yaml: stream(pool, dev, pod("p", {}, { namespace: "dev" })), settings: complete }, [
        err("no-usable-pool", "P6", "`no configured Calico pools for node <node>`", "Pod/p"),
      ]);
    });
    it("C44 › complex &&, both labels present", () => {
      const pool = ippool("p", "10.0.0.0/24", "allowedUses: [Workload]\nnamespaceSelector: environment == 'production' && team == 'a'");
      expectAccepted({ yaml: stream(pool, namespace("prod", {}, { environment: "production", team: "a" }), pod("p", {}, { namespace: "prod" })), settings: complete });
    });
    it("C45 › complex &&, one label differs → no match → P6", () => {
      const pool = ippool("p", "10.0.0.0/24", "allowedUses: [Workload]\nnamespaceSelector: environment == 'production' && team == 'a'");
      expectRejected({ yaml: stream(pool, namespace("prod", {}, { environment: "production", team: "b" }), pod("p", {}, { namespace: "prod" })), settings: complete }, [
        err("no-usable-pool", "P6", "`no configured Calico pools for node <node>`", "Pod/p"),
      ]);
    });
    it("C46 › multiple pools (prod / dev / no selector), prod namespace", () => {
      const pools = stream(
        ippool("prod-pool", "10.0.0.0/24", "allowedUses: [Workload]\nnamespaceSelector: environment == 'production'"),
        ippool("dev-pool", "10.1.0.0/24", "allowedUses: [Workload]\nnamespaceSelector: environment == 'development'"),
        ippool("any", "10.2.0.0/24"),
      );
      expectAccepted({ yaml: stream(pools, prod, deployment("web", 3, {}, { namespace: "prod" })), settings: complete });
    });
    describe("C46 (boundary) › the prod namespace draws from exactly prod-pool and the selector-free pool", () => {
      const pools = stream(
        ippool("prod-pool", "10.0.0.0/24", "allowedUses: [Workload]\nnamespaceSelector: environment == 'production'"),
        ippool("dev-pool", "10.1.0.0/24", "allowedUses: [Workload]\nnamespaceSelector: environment == 'development'"),
        ippool("any", "10.2.0.0/24"),
      );
      it("512 pods fill the two /24s", () => {
        expectAccepted({ yaml: stream(pools, prod, deployment("web", 512, {}, { namespace: "prod" })), settings: complete });
      });
      it("a 513th does not fit: dev-pool is not counted", () => {
        expectRejected({ yaml: stream(pools, prod, deployment("web", 513, {}, { namespace: "prod" })), settings: complete }, [
          err("pool-exhausted", "pods", "513 are needed and 512 can be assigned", "Deployment/web"),
          err("pool-exhausted", "pool", "513 IPv4 addresses are needed by 1 pod source and 512 can be assigned", "IPPool/prod-pool"),
          err("pool-exhausted", "pool", "513 IPv4 addresses are needed by 1 pod source and 512 can be assigned", "IPPool/any"),
        ]);
      });
    });
    it("C47 › invalid namespace selector syntax", () => {
      expectRejected({ yaml: ippool("p", "10.0.0.0/24", "allowedUses: [Workload]\nnamespaceSelector: invalid selector syntax [") }, [err("pool-invalid", "selectorSyntax", "selector")]);
    });
    it("C48 › requested pool beats the namespace selector (a warning: the pool's intent is defeated, calico-ipam.md §3 (c))", () => {
      expectAccepted({ yaml: stream(selPool, dev, pod("p", { ipv4pools: '["prod-pool"]' }, { namespace: "dev" })), settings: complete }, [
        warn("pod-namespace-conflict", "selectorBypassed", "`environment == 'production'`, which does not select namespace dev (labels: environment=development, kubernetes.io/metadata.name=dev)", "Pod/p"),
      ]);
    });
    it("C48 (namespace) › a namespace naming a pool that does not select it: the same warning, at the namespace", () => {
      const devNamed = namespace("dev", { ipv4pools: '["prod-pool"]' }, { environment: "development" });
      expectAccepted({ yaml: stream(selPool, devNamed, pod("p", {}, { namespace: "dev" })), settings: complete }, [
        warn("pod-namespace-conflict", "selectorBypassed", "the pods of namespace dev that do not name pools of their own still draw addresses from it", "Namespace/dev"),
      ]);
    });
    it("C48 (near miss) › a requested pool that selects the namespace, or a namespace not in the files: no warning", () => {
      expectAccepted({ yaml: stream(selPool, prod, pod("p", { ipv4pools: '["prod-pool"]' }, { namespace: "prod" })), settings: complete });
      expectAccepted({ yaml: stream(selPool, pod("p", { ipv4pools: '["prod-pool"]' }, { namespace: "elsewhere" })), settings: complete });
    });
  });

  describe("PartialFulfillmentError strings", () => {
    it("C49 › strict affinity: `Assigned 0 out of 1 requested IPv4 addresses; No more free affine blocks and strict affinity enabled`", () => {
      expectRejected({ yaml: stream(ippool("p", "192.168.0.0/26"), deployment("web", 65)), settings: { strictAffinity: true } }, [
        err("pool-exhausted", "pods", "Assigned 0 out of 1 requested IPv4 addresses; No more free affine blocks and strict affinity enabled", "Deployment/web"),
        err("pool-exhausted", "pool", "No more free affine blocks and strict affinity enabled", "IPPool/p"),
      ]);
    });
    it("C49 (from the files) › strictAffinity set by an IPAMConfiguration in view", () => {
      const ipam = "apiVersion: projectcalico.org/v3\nkind: IPAMConfiguration\nmetadata:\n  name: default\nspec:\n  strictAffinity: true\n";
      expectRejected({ yaml: stream(ippool("p", "192.168.0.0/26"), ipam, deployment("web", 65)) }, [
        err("pool-exhausted", "pods", "No more free affine blocks and strict affinity enabled", "Deployment/web"),
        err("pool-exhausted", "pool", "No more free affine blocks and strict affinity enabled", "IPPool/p"),
      ]);
    });
    it("C51 › exhausted pools: `Assigned 0 out of 1 requested IPv4 addresses; No IPs available in pools: [192.168.0.0/24 192.168.1.0/24]`", () => {
      const both = { ipv4pools: '["192.168.0.0/24", "192.168.1.0/24"]' };
      const msg = "`failed to request IPv4 addresses: Assigned 0 out of 1 requested IPv4 addresses; No IPs available in pools: [192.168.0.0/24 192.168.1.0/24]`";
      expectRejected({ yaml: stream(ippool("a", "192.168.0.0/24"), ippool("b", "192.168.1.0/24"), deployment("web", 513, both)) }, [
        err("pool-exhausted", "pods", msg, "Deployment/web"),
        err("pool-exhausted", "pool", "No IPs available in pools: [192.168.0.0/24 192.168.1.0/24]", "IPPool/a"),
        err("pool-exhausted", "pool", "No IPs available in pools: [192.168.0.0/24 192.168.1.0/24]", "IPPool/b"),
      ]);
    });
  });
});
