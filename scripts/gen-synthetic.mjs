// Writes a synthetic GitOps repository of Kubernetes manifests for benchmarks (`npm run bench --
// scaling`): `node scripts/gen-synthetic.mjs --docs 100000 --out /tmp/repo [--seed 1]`.
//
// The same seed and size always give the same bytes. The repository looks like the ones the linter
// is pointed at: one directory per namespace holding its Namespace and one file per application
// (a Deployment and its Service, a ConfigMap for a fifth of them), and the cluster's Calico IP
// pools under calico/. Deployments vary the way real ones do (1-3 containers, ports, environment,
// resources, probes, volumes, rollout strategy, node selectors). About 3% of the workloads and
// namespaces carry Calico annotations: pools named in ipv4pools (a few of them misspelt), static
// addresses with ipAddrs (a few duplicated or outside every pool), so that a run has findings of
// several rules to report, as a real repository under review would.
//
// Options shape the repository as users' repositories are shaped (`npm run bench -- shapes`):
// `--annotated P` puts Calico annotations on that share of workloads and namespaces (0.03 by
// default; 0.5 is annotation-dense: static addresses then come from a /16 of their own, so that
// the findings stay those of a repository under review rather than thousands of collisions);
// `--per-file N` writes the documents N to a file (per namespace directory, in generation order)
// instead of one file per application; `--one-file` writes them all to one file; `--crlf` writes
// CRLF line ends, as a checkout on Windows has them (git's core.autocrlf); `--json` writes each
// file as JSON, as `kubectl get -o json` prints it (two-space indents; a file of several objects
// a v1 List of them).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

/** A small deterministic generator (mulberry32). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEAMS = ["payments", "search", "checkout", "identity", "catalog", "media", "ledger", "billing", "orders", "shipping", "fraud", "ml", "data", "edge", "platform"];
const WORDS = ["api", "worker", "gateway", "cache", "indexer", "scheduler", "frontend", "backend", "sync", "export", "import", "notifier", "auth", "proxy", "reporter", "stream", "batch", "web"];
const IMAGES = ["nginx:1.27", "redis:7.2", "python:3.12-slim", "node:20-alpine", "golang:1.22", "envoyproxy/envoy:v1.30.1", "busybox:1.36"];
const POOLS = [
  // Room for every pod of the largest repository generated (300,000 documents, ~450,000 pods).
  { name: "default-ipv4-ippool", cidr: "10.64.0.0/10", blockSize: 26 },
  { name: "restricted-egress", cidr: "10.250.0.0/20", blockSize: 28 },
  { name: "dmz-pool", cidr: "10.251.0.0/24", blockSize: 29 },
  { name: "legacy-static", cidr: "192.168.100.0/24", blockSize: 29 },
];

/** With many annotations, static addresses come from a pool large enough to hold them. */
const DENSE_STATIC = { name: "static-dense", cidr: "10.128.0.0/16", blockSize: 29 };

export function generate({ docs, seed = 1, annotated = 0.03, perFile = 0, oneFile = false }) {
  const rnd = prng(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const chance = (p) => rnd() < p;
  const files = [];
  let count = 0;
  let staticSeq = 0;

  const dense = annotated > 0.1;
  const pools = (dense ? [...POOLS, DENSE_STATIC] : POOLS).map(
    (p) => `apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata:
  name: ${p.name}
spec:
  cidr: ${p.cidr}
  blockSize: ${p.blockSize}
  ipipMode: Never
  vxlanMode: CrossSubnet
  natOutgoing: true
  nodeSelector: all()
`,
  );
  files.push({ path: "calico/ippools.yaml", text: pools.join("---\n") });
  count += pools.length;

  const calicoAnnotations = (indent) => {
    const pad = " ".repeat(indent);
    const r = rnd();
    if (r < 0.6) {
      // Mostly the real pools; sometimes one that does not exist.
      const pool = chance(0.1) ? "restricted-egres" : pick(["restricted-egress", "dmz-pool", "default-ipv4-ippool"]);
      return `${pad}cni.projectcalico.org/ipv4pools: '["${pool}"]'\n`;
    }
    // A static address in legacy-static; now and then one taken twice, or outside every pool.
    staticSeq++;
    if (dense) {
      const ip = chance(0.01) ? "172.31.9.9" : chance(0.01) ? "10.128.0.10" : `10.128.${(staticSeq >> 8) & 255}.${staticSeq & 255}`;
      return `${pad}cni.projectcalico.org/ipAddrs: '["${ip}"]'\n`;
    }
    const ip = chance(0.05) ? "172.31.9.9" : chance(0.05) ? "192.168.100.10" : `192.168.100.${10 + (staticSeq % 240)}`;
    return `${pad}cni.projectcalico.org/ipAddrs: '["${ip}"]'\n`;
  };

  let nsIndex = 0;
  while (count < docs) {
    const team = TEAMS[nsIndex % TEAMS.length];
    const ns = `${team}-${Math.floor(nsIndex / TEAMS.length)}`;
    nsIndex++;
    const nsAnnotated = chance(annotated);
    files.push({
      path: `namespaces/${ns}/namespace.yaml`,
      text: `apiVersion: v1
kind: Namespace
metadata:
  name: ${ns}
  labels:
    team: ${team}
    environment: ${pick(["production", "staging"])}
${nsAnnotated ? `  annotations:\n${calicoAnnotations(4)}` : ""}`,
    });
    count++;
    const apps = int(20, 60);
    for (let a = 0; a < apps && count < docs; a++) {
      const app = `${pick(WORDS)}-${pick(WORDS)}-${a}`;
      const parts = [deployment(app, ns, team)];
      if (count + parts.length < docs) parts.push(service(app, ns));
      if (count + parts.length < docs && chance(0.2)) parts.push(configMap(app, ns));
      count += parts.length;
      files.push({ path: `namespaces/${ns}/${app}.yaml`, text: parts.join("---\n") });
    }
  }
  return pack(files, { perFile, oneFile });

  function deployment(app, ns, team) {
    const isAnnotated = chance(annotated);
    const containers = [];
    const n = chance(0.8) ? 1 : int(2, 3);
    for (let c = 0; c < n; c++) {
      const name = c === 0 ? app.split("-")[0] : pick(["sidecar", "proxy", "log-shipper"]);
      const port = c === 0 ? pick([8080, 8000, 3000, 9090]) : 15000 + c;
      let s = `      - name: ${name}
        image: registry.example.com/${team}/${c === 0 ? app : name}:${int(1, 4)}.${int(0, 30)}.${int(0, 9)}
        imagePullPolicy: IfNotPresent
        ports:
        - name: ${c === 0 ? "http" : `p${c}`}
          containerPort: ${port}
          protocol: TCP
`;
      const env = int(0, 4);
      if (env > 0) {
        s += "        env:\n";
        for (let e = 0; e < env; e++) {
          s += chance(0.3)
            ? `        - name: SECRET_${e}\n          valueFrom:\n            secretKeyRef:\n              name: ${app}-secrets\n              key: key-${e}\n`
            : `        - name: ${pick(["LOG_LEVEL", "REGION", "FEATURE_FLAGS", "DB_HOST", "CACHE_TTL"])}_${e}\n          value: "${pick(["info", "eu-west-1", "a,b,c", `db.${ns}.svc.cluster.local`, "300"])}"\n`;
        }
      }
      s += `        resources:
          requests:
            cpu: ${pick(["50m", "100m", "250m", "500m"])}
            memory: ${pick(["64Mi", "128Mi", "256Mi", "1Gi"])}
          limits:
            memory: ${pick(["128Mi", "256Mi", "512Mi", "2Gi"])}
`;
      if (c === 0 && chance(0.6)) {
        s += `        readinessProbe:
          httpGet:
            path: /healthz
            port: http
          initialDelaySeconds: ${int(0, 10)}
          periodSeconds: 10
        livenessProbe:
          httpGet:
            path: /livez
            port: http
          failureThreshold: 3
`;
      }
      if (chance(0.25)) s += `        volumeMounts:\n        - name: config\n          mountPath: /etc/${app}\n          readOnly: true\n`;
      containers.push(s);
    }
    const replicas = isAnnotated ? 1 : int(1, 6);
    return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: ${ns}
  labels:
    app.kubernetes.io/name: ${app}
    app.kubernetes.io/part-of: ${team}
spec:
  replicas: ${replicas}
${chance(0.3) ? `  strategy:\n    type: ${pick(["Recreate", "RollingUpdate"])}\n` : ""}  revisionHistoryLimit: 5
  selector:
    matchLabels:
      app.kubernetes.io/name: ${app}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${app}
        app.kubernetes.io/part-of: ${team}
${isAnnotated || chance(0.3) ? `      annotations:\n${chance(0.5) ? `        prometheus.io/scrape: "true"\n        prometheus.io/port: "9090"\n` : ""}${isAnnotated ? calicoAnnotations(8) : "        kubectl.kubernetes.io/default-container: main\n"}` : ""}    spec:
      serviceAccountName: ${app}
${chance(0.2) ? `      nodeSelector:\n        node-role.kubernetes.io/${pick(["worker", "batch", "edge"])}: ""\n` : ""}      securityContext:
        runAsNonRoot: true
      containers:
${containers.join("")}${chance(0.25) ? `      volumes:\n      - name: config\n        configMap:\n          name: ${app}-config\n` : ""}`;
  }

  function service(app, ns) {
    return `apiVersion: v1
kind: Service
metadata:
  name: ${app}
  namespace: ${ns}
spec:
  type: ClusterIP
  selector:
    app.kubernetes.io/name: ${app}
  ports:
  - name: http
    port: 80
    targetPort: http
`;
  }

  function configMap(app, ns) {
    return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}-config
  namespace: ${ns}
data:
  config.yaml: |
    listen: 0.0.0.0:8080
    upstream: ${pick(IMAGES).split(":")[0]}.${ns}.svc:80
    timeout: ${int(1, 30)}s
  LOG_FORMAT: json
`;
  }
}

/** The same documents, regrouped: all in one file, or `perFile` to a file per directory. */
function pack(files, { perFile, oneFile }) {
  if (!oneFile && !(perFile > 0)) return files;
  const docsOf = (f) => f.text.split(/^---\n/m).map((d) => (d.endsWith("\n") ? d : `${d}\n`));
  if (oneFile) return [{ path: "all.yaml", text: files.flatMap(docsOf).join("---\n") }];
  const out = [];
  const byDir = new Map();
  for (const f of files) {
    const dir = f.path.slice(0, f.path.lastIndexOf("/"));
    if (!byDir.has(dir)) byDir.set(dir, []);
    byDir.get(dir).push(...docsOf(f));
  }
  for (const [dir, docs] of byDir) {
    for (let i = 0; i < docs.length; i += perFile) out.push({ path: `${dir}/part-${i / perFile}.yaml`, text: docs.slice(i, i + perFile).join("---\n") });
  }
  return out;
}

/** Write the repository under `out` (emptied first); returns its files' count and bytes. */
export function writeRepository(out, options) {
  rmSync(out, { recursive: true, force: true });
  const files = generate(options);
  let bytes = 0;
  const dirs = new Set();
  for (const f of files) {
    const full = join(out, options.json ? f.path.replace(/\.ya?ml$/, ".json") : f.path);
    const dir = full.slice(0, full.lastIndexOf("/"));
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    const written = options.json ? asJson(f.text) : f.text;
    const text = options.crlf ? written.replace(/\n/g, "\r\n") : written;
    writeFileSync(full, text);
    bytes += Buffer.byteLength(text);
  }
  return { files: files.length, bytes };
}

/** A file's documents as JSON: the one object, or a v1 List of them. */
function asJson(text) {
  const objects = parseAllDocuments(text)
    .map((d) => d.toJS())
    .filter((o) => o !== null);
  return `${JSON.stringify(objects.length === 1 ? objects[0] : { apiVersion: "v1", kind: "List", items: objects }, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i === -1 ? fallback : args[i + 1];
  };
  const docs = Number(opt("docs", "10000"));
  const out = opt("out", undefined);
  const seed = Number(opt("seed", "1"));
  const annotated = Number(opt("annotated", "0.03"));
  const perFile = Number(opt("per-file", "0"));
  const oneFile = args.includes("--one-file");
  const crlf = args.includes("--crlf");
  const json = args.includes("--json");
  if (!out || !Number.isInteger(docs) || docs < 1 || !(annotated >= 0 && annotated <= 1) || !Number.isInteger(perFile) || perFile < 0) {
    console.error("usage: node scripts/gen-synthetic.mjs --docs N --out DIR [--seed S] [--annotated P] [--per-file N | --one-file] [--crlf] [--json]");
    process.exit(2);
  }
  const r = writeRepository(out, { docs, seed, annotated, perFile, oneFile, crlf, json });
  console.log(`${out}: ${docs} documents in ${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB`);
}
