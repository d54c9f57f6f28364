import { basename, dirname, join, normalize } from "node:path/posix";
import { parseSource, valueAt, type Node, type SourceFile } from "../load/index.js";
import { toPlain } from "../model/index.js";
import { releaseValues, targetKeys, valuesObjects, type ValuesObject } from "./valuesfrom.js";
import type * as ApplicationSets from "./applicationset.js";
import type { AppSetInput } from "./applicationset.js";
import type { Chart, ConfigCluster, Deploy, DeployOptions, EmbeddedValues, KustomizeRoot, Layout, ParamSource } from "./types.js";

/** A file read for the layout: its absolute path and the plain data of its documents. */
export interface LayoutFile {
  readonly path: string;
  readonly docs: readonly unknown[];
}

export interface LayoutInput {
  /** Every file found (manifests and kustomization files); `docs` empty for files not parsed. */
  readonly files: readonly LayoutFile[];
  /** Where Argo CD and Flux paths start: the repository root, then each folder named. */
  readonly repoRoots: readonly string[];
  /** `clusters:` of the configuration file, with the folder its paths are relative to. */
  readonly configClusters?: readonly { readonly cluster: ConfigCluster; readonly baseDir: string }[];
  /** The documents of any file found, read when asked (a git files generator's JSON or YAML, a ConfigMap of values); else `files`' docs. */
  readonly docsOf?: (path: string) => readonly unknown[];
  /**
   * ApplicationSets' generators (applicationset.ts), needed when `holdsApplicationSet(files)`: the
   * CLI loads that code only then (render/index.ts).
   */
  readonly applicationSets?: ApplicationSetCode;
}

export type ApplicationSetCode = Pick<typeof ApplicationSets, "clusterSecrets" | "clustersUnknown" | "expandApplicationSet">;

export const KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"] as const;

/**
 * `dirname` and `basename` of a file's path: one search for its last "/" rather than a walk over
 * the path's characters; the two normalise it the same way but at a root ("/a.yaml"), where they are
 * asked. Each file of a run goes through here several times.
 */
export const dirOf = (p: string): string => {
  const i = p.lastIndexOf("/");
  return i > 0 && i < p.length - 1 && p.charCodeAt(i - 1) !== 47 ? p.slice(0, i) : dirname(p);
};
export const nameOf = (p: string): string => {
  const i = p.lastIndexOf("/");
  return i < p.length - 1 ? p.slice(i + 1) : basename(p);
};
const isKustomizationFile = (p: string): boolean => (KUSTOMIZATION_NAMES as readonly string[]).includes(nameOf(p));
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

const isApplicationSet = (doc: unknown): doc is Record<string, unknown> => isRecord(doc) && doc["kind"] === "ApplicationSet" && (str(doc["apiVersion"]) ?? "").startsWith("argoproj.io/");

/**
 * A file's documents as `discoverLayout` reads them: every one of a chart's or a kustomization's
 * file (`whole`); of any other file, the ones it may read (Argo CD and Flux objects, Secrets for
 * Argo CD's clusters, ConfigMaps and Secrets for a HelmRelease's values), the rest null. A file
 * is given because it names Argo CD or Flux: Argo CD's own install, whose CRDs name argoproj.io,
 * was converted whole (40 ms of a lint of the bulk corpus).
 */
export function layoutDocs(file: SourceFile, whole: boolean): unknown[] {
  return file.documents.map((d) => (whole || readsAsLayout(d.root) ? toPlain(d.root ?? undefined) : null));
}

const LAYOUT_KINDS = new Set(["Secret", "ConfigMap"]);

function readsAsLayout(root: Node | null): boolean {
  if (root?.kind !== "map") return false;
  const api = valueAt(root, "apiVersion");
  const kind = valueAt(root, "kind");
  const text = (n: Node | undefined): string => (n?.kind === "scalar" && typeof n.value === "string" ? n.value : "");
  const a = text(api);
  return a.startsWith("argoproj.io/") || a.includes(".toolkit.fluxcd.io/") || LAYOUT_KINDS.has(text(kind));
}

/** Whether any of the files holds an Argo CD ApplicationSet (`discoverLayout` then needs `applicationSets`). */
export const holdsApplicationSet = (files: readonly LayoutFile[]): boolean => files.some((f) => f.docs.some(isApplicationSet));

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const isRemote = (s: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^git@/.test(s) || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(s) || /[?&]ref=/.test(s);

/** Is `p` at or below `dir`? */
export function under(dir: string, p: string): boolean {
  // Normalized absolute paths: a prefix test (cheap: it runs for every file and deploy).
  return p === dir || p.startsWith(dir.endsWith("/") ? dir : `${dir}/`);
}

/** Read the layout from the files: charts, kustomize roots, GitOps objects and clusters. */
export function discoverLayout(input: LayoutInput): Layout {
  const dirs = new Set<string>();
  const filesSet = new Set<string>();
  for (const f of input.files) {
    filesSet.add(f.path);
    for (let d = dirOf(f.path); !dirs.has(d); d = dirname(d)) {
      dirs.add(d);
      if (dirname(d) === d) break;
    }
  }
  const kustomizationIn = (dir: string): string | undefined => KUSTOMIZATION_NAMES.map((n) => join(dir, n)).find((p) => filesSet.has(p));

  // Helm charts and their templates.
  const charts = new Map<string, Chart>();
  for (const f of input.files) {
    if (nameOf(f.path) !== "Chart.yaml") continue;
    const data = f.docs.find(isRecord);
    const deps = list(data?.["dependencies"])
      .filter(isRecord)
      .map((d) => str(d["name"]))
      .filter((n): n is string => !!n);
    charts.set(dirname(f.path), { dir: dirname(f.path), file: f.path, dependencies: deps });
  }
  const templates = new Map<string, string>();
  // Whether a folder's files are templates depends on the folder alone: walked up once per folder.
  const templateOf = new Map<string, string | null>();
  const templateIn = (dir: string): string | null => {
    for (let d = dir; dirname(d) !== d; d = dirname(d)) {
      if (basename(d) !== "templates") continue;
      if (charts.has(dirname(d))) return `a template of the Helm chart in ${basename(dirname(d))}/: Helm renders it, nobody applies it as it is`;
      // An Ansible role's templates/ (beside its tasks/main.yml): Jinja2 that the `template` module
      // renders on the hosts, such as kubespray's; never applied as it is.
      if (basename(dirname(dirname(d))) === "roles" && ["main.yml", "main.yaml"].some((m) => filesSet.has(join(dirname(d), "tasks", m)))) {
        return `a template of the Ansible role ${basename(dirname(d))}: Ansible renders it with Jinja2, nobody applies it as it is`;
      }
    }
    return null;
  };
  for (const f of input.files) {
    if (f.path.endsWith(".tpl")) {
      templates.set(f.path, "a Helm template helper (.tpl), rendered by Helm, not applied");
      continue;
    }
    const dir = dirOf(f.path);
    let why = templateOf.get(dir);
    if (why === undefined) templateOf.set(dir, (why = templateIn(dir)));
    if (why !== null) templates.set(f.path, why);
  }

  // Kustomize roots and what they use.
  const roots = new Map<string, KustomizeRoot>();
  const patches = new Map<string, string>();
  for (const f of input.files) {
    if (!isKustomizationFile(f.path)) continue;
    const dir = dirname(f.path);
    if (roots.has(dir)) continue;
    const k = f.docs.find(isRecord) ?? {};
    const resources: string[] = [];
    const bases: string[] = [];
    const plainDirs: string[] = [];
    const patchFiles: string[] = [];
    const remote: string[] = [];
    const unsafe: string[] = [];
    const take = (entry: unknown, components: boolean): void => {
      const s = str(entry);
      if (!s) return;
      if (isRemote(s)) return void remote.push(s);
      const p = normalize(join(dir, s));
      if (filesSet.has(p) && !components) resources.push(p);
      else if (kustomizationIn(p)) bases.push(p);
      else if (dirs.has(p)) plainDirs.push(p);
      else if (!components) resources.push(p);
    };
    for (const r of [...list(k["resources"]), ...list(k["bases"])]) take(r, false);
    for (const c of list(k["components"])) take(c, true);
    const patchPath = (s: string | undefined): void => {
      // An inline patch (a YAML string with a newline) is no file.
      if (!s || s.includes("\n")) return;
      const p = normalize(join(dir, s));
      patchFiles.push(p);
      if (!patches.has(p)) patches.set(p, f.path);
    };
    for (const p of list(k["patches"])) patchPath(isRecord(p) ? str(p["path"]) : undefined);
    for (const p of list(k["patchesStrategicMerge"])) patchPath(str(p));
    for (const p of list(k["patchesJson6902"])) patchPath(isRecord(p) ? str(p["path"]) : undefined);
    if (k["helmCharts"] !== undefined) unsafe.push("helmCharts (kustomize needs --enable-helm, which runs Helm from inside kustomize)");
    for (const key of ["generators", "transformers", "validators"]) {
      if (list(k[key]).length > 0) unsafe.push(`${key} (plugins, which may run programs)`);
    }
    roots.set(dir, { dir, file: f.path, resources, bases, plainDirs, patches: patchFiles, remote, unsafe });
  }

  // Clusters: the configuration's, then Flux's clusters/<name>/ folders.
  const clusters: string[] = [];
  const clusterDirs = new Map<string, string[]>();
  const addCluster = (name: string, dir?: string): void => {
    if (!clusters.includes(name)) clusters.push(name);
    if (dir !== undefined) {
      const l = clusterDirs.get(name) ?? [];
      if (!l.includes(dir)) l.push(dir);
      clusterDirs.set(name, l);
    }
  };
  for (const { cluster, baseDir } of input.configClusters ?? []) {
    addCluster(cluster.name);
    for (const p of cluster.paths ?? []) addCluster(cluster.name, normalize(join(baseDir, p)).replace(/\/$/, ""));
  }
  // A patch of a Flux or Argo CD object is a partial object, not one that deploys anything. Most
  // files have no documents here (only those the layout reads are given: layoutDocs).
  const objectFiles = input.files.filter((f) => f.docs.length > 0 && !patches.has(f.path));
  const fluxObjects = objectFiles.flatMap((f) => f.docs.flatMap((doc, index) => (isRecord(doc) && isFlux(doc) ? [{ file: f.path, doc, index }] : [])));
  for (const { file } of fluxObjects) {
    const m = /^(.*\/clusters\/[^/]+)\//.exec(file);
    if (m?.[1]) addCluster(basename(m[1]), m[1]);
  }

  const notFollowed: { file: string; reason: string }[] = [];
  const deploys: Deploy[] = [];
  const resolveDir = (p: string): string | undefined => {
    for (const root of input.repoRoots) {
      const d = normalize(join(root, p)).replace(/\/$/, "");
      if (dirs.has(d)) return d;
    }
    return undefined;
  };
  const howOf = (dir: string): Deploy["how"] => (kustomizationIn(dir) ? "kustomize" : charts.has(dir) ? "helm" : "directory");

  // Argo CD Applications, and those an ApplicationSet makes.
  // `doc` and `at`: where the Application's spec is written (an ApplicationSet's template).
  const apps: { file: string; app: Record<string, unknown>; doc: number; at: readonly string[]; params?: readonly ParamSource[] }[] = [];
  const docsByPath = new Map<string, readonly unknown[]>();
  for (const f of input.files) if (f.docs.length > 0) docsByPath.set(f.path, f.docs);
  const docsOf = input.docsOf ?? ((p: string): readonly unknown[] => docsByPath.get(p) ?? []);
  let appSetInput: AppSetInput | undefined;
  const appSetCode = (): ApplicationSetCode => {
    if (!input.applicationSets) throw new Error("discoverLayout: the files hold an ApplicationSet, and LayoutInput.applicationSets is not given");
    return input.applicationSets;
  };
  for (const f of objectFiles) {
    f.docs.forEach((doc, index) => {
      if (!isRecord(doc)) return;
      const api = str(doc["apiVersion"]) ?? "";
      if (!api.startsWith("argoproj.io/")) return;
      if (doc["kind"] === "Application") apps.push({ file: f.path, app: doc, doc: index, at: [] });
      if (isApplicationSet(doc)) {
        const { clusterSecrets, expandApplicationSet } = appSetCode();
        appSetInput ??= {
          repoRoots: input.repoRoots,
          dirs,
          files: [...filesSet].sort(),
          docsOf,
          clusters: clusterSecrets(objectFiles.flatMap((o) => o.docs)),
          withoutSecrets: [],
        };
        const made = expandApplicationSet(doc, f.path, appSetInput, index);
        for (const r of made.reasons) notFollowed.push({ file: f.path, reason: r });
        made.apps.forEach((app, i) => apps.push({ file: f.path, app, doc: index, at: ["spec", "template"], params: made.params[i] ?? [] }));
      }
    });
  }
  const unknownClusters = appSetInput && appSetCode().clustersUnknown(appSetInput);
  if (unknownClusters) notFollowed.push(unknownClusters);
  for (const { file, app, doc, at, params } of apps) {
    const spec = isRecord(app["spec"]) ? app["spec"] : {};
    const meta = isRecord(app["metadata"]) ? app["metadata"] : {};
    const name = str(meta["name"]) ?? "application";
    const dest = isRecord(spec["destination"]) ? spec["destination"] : {};
    const server = str(dest["server"]);
    const cluster = str(dest["name"]) ?? (server === undefined || server === "https://kubernetes.default.svc" ? "in-cluster" : server);
    const sources = [
      ...(isRecord(spec["source"]) ? [{ s: spec["source"], key: ["source"] as (string | number)[] }] : []),
      ...list(spec["sources"]).flatMap((s, i) => (isRecord(s) ? [{ s, key: ["sources", i] as (string | number)[] }] : [])),
    ];
    const refs = new Map<string, string>();
    for (const { s } of sources) if (str(s["ref"])) refs.set(`$${str(s["ref"])}`, input.repoRoots[0] ?? "/");
    for (const { s: written, key } of sources) {
      let s = written;
      const path = str(s["path"]);
      if (path === undefined) {
        if (str(s["chart"])) notFollowed.push({ file, reason: `Application ${name} installs the chart ${str(s["chart"])} from a Helm repository, which is not fetched` });
        continue;
      }
      if (path.includes("{{")) continue;
      const dir = resolveDir(path);
      if (!dir) {
        notFollowed.push({ file, reason: `Application ${name}: its source path ${path} is not a folder here` });
        continue;
      }
      // Argo CD's overrides in the source's folder (reposerver/repository/repository.go mergeSourceParameters).
      const overrides = sourceOverrides(s, dir, name, str(meta["namespace"]), filesSet, docsOf);
      s = overrides.source;
      if (isRecord(s["plugin"])) {
        const plugin = str(s["plugin"]["name"]) ?? "a config management plugin";
        notFollowed.push({ file, reason: `Application ${name} builds ${path} with ${plugin}, whose output is known only to Argo CD` });
        continue;
      }
      addCluster(cluster);
      const by = { file, kind: "Application", name };
      const helm = isRecord(s["helm"]) ? s["helm"] : undefined;
      const how: Deploy["how"] = helm ? "helm" : isRecord(s["kustomize"]) ? "kustomize" : isRecord(s["directory"]) ? "directory" : howOf(dir);
      const namespace = str(dest["namespace"]);
      if (how === "helm") {
        const valueFiles = list(helm?.["valueFiles"])
          .map(str)
          .filter((v): v is string => !!v)
          .map((v) => {
            const ref = /^(\$[^/]+)\/(.*)$/.exec(v);
            return ref?.[1] && refs.has(ref[1]) ? normalize(join(refs.get(ref[1]) ?? "/", ref[2] ?? "")) : normalize(join(dir, v));
          });
        const values: Record<string, unknown>[] = [];
        const embedded: EmbeddedValues[] = [];
        const own: Where = { file, doc, path: [...at, "spec", ...key, "helm"] };
        // valuesObject, when given, replaces values (ApplicationSourceHelm.ValuesYAML).
        const text = str(helm?.["values"]);
        if (isRecord(helm?.["valuesObject"])) {
          values.push(helm["valuesObject"] as Record<string, unknown>);
          for (const o of overrides.helm.valuesObject ?? ["app"]) {
            const w = o === "app" ? own : o;
            embedded.push({ file: w.file, doc: w.doc, path: [...w.path, "valuesObject"], yaml: false, encoded: false });
          }
        } else if (text) {
          const parsed = parseSource("<values>", text).documents.map((d) => toPlain(d.root ?? undefined));
          if (isRecord(parsed[0])) values.push(parsed[0]);
          const w = overrides.helm.values ?? own;
          embedded.push({ file: w.file, doc: w.doc, path: [...w.path, "values"], yaml: true, encoded: false });
        }
        const pw = overrides.helm.parameters ?? own;
        // util/helm/cmd.go template: --set, or --set-string with forceString, one per name (a map: the
        // last of a name wins), commas escaped unless the value is a `{…}` list (cleanSetParameters).
        const byName = new Map<string, { value: string; force: boolean }>();
        list(helm?.["parameters"]).forEach((p) => {
          if (isRecord(p) && str(p["name"])) byName.set(str(p["name"]) ?? "", { value: String(p["value"] ?? ""), force: p["forceString"] === true });
        });
        const clean = (v: string): string => (v.startsWith("{") && v.endsWith("}") ? v : v.replace(/,/g, (c, at: number) => (v[at - 1] === "\\" ? c : "\\,")));
        const set = [...byName].filter(([, p]) => !p.force).map(([k, p]) => `${k}=${clean(p.value)}`);
        const setString = [...byName].filter(([, p]) => p.force).map(([k, p]) => `${k}=${clean(p.value)}`);
        list(helm?.["parameters"]).forEach((p, i) => {
          if (!isRecord(p) || !str(p["name"])) return;
          const pname = str(p["name"]) ?? "";
          const keys = targetKeys(pname);
          if (keys) embedded.push({ file: pw.file, doc: pw.doc, path: [...pw.path, "parameters", i, "value"], yaml: false, encoded: false, targetPath: keys });
        });
        const releaseName = str(helm?.["releaseName"]) ?? name;
        deploys.push({ cluster, dir, how, recurse: false, valueFiles, values, set, ...(setString.length > 0 ? { setString } : {}), embedded, releaseName, ...(namespace ? { namespace } : {}), by, ...(params && params.length > 0 ? { params } : {}) });
      } else {
        const directory = isRecord(s["directory"]) ? s["directory"] : {};
        const kw = overrides.kustomize;
        const options = how === "kustomize" && isRecord(s["kustomize"]) ? argoOptions(s["kustomize"], kw ? { doc: kw.doc, path: [...kw.path, "kustomize"], file: kw.file } : { doc, path: [...at, "spec", ...key, "kustomize"] }, app, s, namespace) : undefined;
        deploys.push({ cluster, dir, how, recurse: directory["recurse"] === true, ...(namespace ? { namespace } : {}), by, ...(options ? { options } : {}), ...(params && params.length > 0 ? { params } : {}) });
      }
    }
  }

  // Flux: each Kustomization or HelmRelease runs on the cluster whose folder holds it.
  let substitutes = false;
  const clusterOfFile = (file: string): string | undefined => {
    for (const [name, ds] of clusterDirs) if (ds.some((d) => under(d, file))) return name;
    for (const d of deploys) if (d.how !== "helm" && under(d.dir, file)) return d.cluster;
    return undefined;
  };
  const fluxDone = new Set<Record<string, unknown>>();
  let objects: ValuesObject[] | undefined;
  // Repeated: a Kustomization may deploy a folder holding more of them (and HelmReleases).
  for (let round = 0; round < 8; round++) {
    let added = false;
    for (const { file, doc, index } of fluxObjects) {
      if (fluxDone.has(doc)) continue;
      const cluster = clusterOfFile(file) ?? (clusters.length === 0 ? "" : undefined);
      if (cluster === undefined && round < 7) continue;
      fluxDone.add(doc);
      added = true;
      const spec = isRecord(doc["spec"]) ? doc["spec"] : {};
      const meta = isRecord(doc["metadata"]) ? doc["metadata"] : {};
      const name = str(meta["name"]) ?? doc["kind"];
      const by = { file, kind: String(doc["kind"]), name: String(name) };
      const target = cluster ?? "";
      if (doc["kind"] === "Kustomization") {
        if (isRecord(spec["postBuild"])) substitutes = true;
        if (spec["kubeConfig"] !== undefined) {
          notFollowed.push({ file, reason: `Kustomization ${String(name)} deploys to another cluster (kubeConfig), which the files do not name` });
          continue;
        }
        const dir = resolveDir(str(spec["path"]) ?? "./");
        if (!dir) {
          const src = isRecord(spec["sourceRef"]) ? `${str(spec["sourceRef"]["kind"]) ?? "source"} ${str(spec["sourceRef"]["name"]) ?? ""}`.trim() : "its source";
          notFollowed.push({ file, reason: `Kustomization ${String(name)} deploys ${str(spec["path"]) ?? "./"} of ${src}, which is not a folder here` });
          continue;
        }
        if (target) addCluster(target);
        const ns = str(spec["targetNamespace"]);
        const options = fluxOptions(spec, index, str(meta["namespace"]));
        deploys.push({ cluster: target, dir, how: kustomizationIn(dir) ? "kustomize" : "directory", recurse: true, ...(ns ? { namespace: ns } : {}), by, ...(options ? { options } : {}) });
      } else {
        const chartSpec = isRecord(spec["chart"]) && isRecord(spec["chart"]["spec"]) ? spec["chart"]["spec"] : {};
        const chartPath = str(chartSpec["chart"]);
        const srcKind = isRecord(chartSpec["sourceRef"]) ? str(chartSpec["sourceRef"]["kind"]) : undefined;
        const dir = chartPath && srcKind !== "HelmRepository" ? resolveDir(chartPath) : undefined;
        if (!dir || !charts.has(dir)) {
          notFollowed.push({ file, reason: `HelmRelease ${String(name)} installs the chart ${chartPath ?? "(chartRef)"} from a source that is not a folder here` });
          continue;
        }
        if (target) addCluster(target);
        const valueFiles = list(chartSpec["valuesFiles"])
          .map(str)
          .filter((v): v is string => !!v)
          .map((v) => resolveFile(v, input.repoRoots, filesSet) ?? normalize(join(dir, v)));
        objects ??= input.files.flatMap((x) => valuesObjects(x.path, x.docs));
        const nsOf = str(meta["namespace"]);
        const composed = releaseValues({ file, doc: docsByPath.get(file)?.indexOf(doc) ?? 0, spec, name: String(name), ...(nsOf ? { namespace: nsOf } : {}) }, objects);
        for (const reason of composed.reasons) notFollowed.push({ file, reason });
        const values = Object.keys(composed.values).length > 0 ? [composed.values] : [];
        const ns = str(spec["targetNamespace"]) ?? str(meta["namespace"]);
        const releaseName = str(spec["releaseName"]) ?? (str(spec["targetNamespace"]) ? `${str(spec["targetNamespace"])}-${String(name)}` : String(name));
        deploys.push({ cluster: target, dir, how: "helm", recurse: false, valueFiles, values, set: [], embedded: composed.sources, releaseName, ...(ns ? { namespace: ns } : {}), by });
      }
    }
    if (!added) break;
  }
  return { roots, charts, templates, patches, clusters, deploys, clusterDirs, substitutes, notFollowed };
}

/** Fields of an Argo CD `kustomize` block that change what is built (`version` picks a binary). */
const ARGO_OPTIONS = ["namePrefix", "nameSuffix", "images", "replicas", "commonLabels", "commonAnnotations", "namespace", "patches", "components"];
/** Fields of a Flux Kustomization's spec that change what is built or applied. */
const FLUX_OPTIONS = ["targetNamespace", "namePrefix", "nameSuffix", "patches", "patchesStrategicMerge", "patchesJson6902", "images", "components", "buildMetadata", "commonMetadata", "postBuild"];

/**
 * An Application source's `kustomize` block, when it sets something, with the environment Argo CD
 * builds in (reposerver/repository/repository.go `newEnv`; the revision is not known here).
 */
function argoOptions(block: Record<string, unknown>, where: { doc: number; path: readonly (string | number)[]; file?: string }, app: Record<string, unknown>, source: Record<string, unknown>, namespace: string | undefined): DeployOptions | undefined {
  if (!ARGO_OPTIONS.some((k) => block[k] !== undefined)) return undefined;
  const spec = isRecord(app["spec"]) ? app["spec"] : {};
  const meta = isRecord(app["metadata"]) ? app["metadata"] : {};
  const env: Record<string, string> = {
    ARGOCD_APP_NAME: str(meta["name"]) ?? "",
    ARGOCD_APP_NAMESPACE: namespace ?? "",
    ARGOCD_APP_PROJECT_NAME: str(spec["project"]) ?? "",
    ARGOCD_APP_REVISION: "",
    ARGOCD_APP_REVISION_SHORT: "",
    ARGOCD_APP_REVISION_SHORT_8: "",
    ARGOCD_APP_SOURCE_REPO_URL: str(source["repoURL"]) ?? "",
    ARGOCD_APP_SOURCE_PATH: str(source["path"]) ?? "",
    ARGOCD_APP_SOURCE_TARGET_REVISION: str(source["targetRevision"]) ?? "",
  };
  return { tool: "argocd", block, doc: where.doc, path: where.path, ...(where.file ? { file: where.file } : {}), env };
}

/** A Flux Kustomization's spec, when it sets something that changes the build or the objects. */
function fluxOptions(spec: Record<string, unknown>, doc: number, namespace: string | undefined): DeployOptions | undefined {
  if (!FLUX_OPTIONS.some((k) => spec[k] !== undefined)) return undefined;
  return { tool: "flux", block: spec, doc, path: ["spec"], ...(namespace ? { namespace } : {}) };
}

function isFlux(doc: Record<string, unknown>): boolean {
  const api = str(doc["apiVersion"]) ?? "";
  return (api.startsWith("kustomize.toolkit.fluxcd.io/") && doc["kind"] === "Kustomization") || (api.startsWith("helm.toolkit.fluxcd.io/") && doc["kind"] === "HelmRelease");
}

function resolveFile(p: string, roots: readonly string[], files: ReadonlySet<string>): string | undefined {
  for (const r of roots) {
    const f = normalize(join(r, p));
    if (files.has(f)) return f;
  }
  return undefined;
}

/** Where a block is written: a file, its document, the keys down to it. */
interface Where {
  readonly file: string;
  readonly doc: number;
  readonly path: readonly (string | number)[];
}

/** Where an Application source's Helm values and parameters were written, when an override wrote them ("app": in the Application). */
interface HelmOwners {
  values?: Where;
  valuesObject?: (Where | "app")[];
  parameters?: Where;
}

/** RFC 7396 JSON merge patch (evanphx/json-patch MergePatch): maps merge, null removes, anything else replaces. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return patch;
  const out: Record<string, unknown> = isRecord(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/**
 * An Application source with Argo CD's overrides applied: `.argocd-source.yaml`, then
 * `.argocd-source-<appName>.yaml`, in the source's folder, each a JSON merge patch of the source;
 * `chart`, `path`, `repoURL` and `targetRevision` stay the Application's
 * (reposerver/repository/repository.go mergeSourceParameters). With where the Helm values and
 * parameters and the kustomize block now come from, when an override wrote them.
 */
function sourceOverrides(
  source: Record<string, unknown>,
  dir: string,
  appName: string,
  appNamespace: string | undefined,
  files: ReadonlySet<string>,
  docsOf: (p: string) => readonly unknown[],
): { source: Record<string, unknown>; helm: HelmOwners; kustomize?: Where } {
  let merged: Record<string, unknown> = source;
  const helm: HelmOwners = {};
  let kustomize: Where | undefined;
  // The Application's instance name (Application.InstanceName): `<namespace>_<name>` outside the
  // controller's namespace, which the files do not say; `argocd` is taken to be it.
  const instance = appNamespace && appNamespace !== "argocd" ? [`${appNamespace}_${appName}`, appName] : [appName];
  const own = instance.map((n) => join(dir, `.argocd-source-${n}.yaml`)).find((f) => files.has(f));
  for (const file of [join(dir, ".argocd-source.yaml"), ...(own ? [own] : [])]) {
    if (!files.has(file)) continue;
    const patch = docsOf(file)[0];
    if (!isRecord(patch)) continue;
    const at: Where = { file, doc: 0, path: ["helm"] };
    const h = patch["helm"];
    if (h === null) helm.valuesObject = [];
    else if (isRecord(h)) {
      if (h["values"] !== undefined) helm.values = at;
      // valuesObject merges key by key: the Application's keys stay where they are written.
      if (h["valuesObject"] === null) helm.valuesObject = [];
      else if (isRecord(h["valuesObject"])) helm.valuesObject = [...(helm.valuesObject ?? ["app"]), at];
      if (h["parameters"] !== undefined) helm.parameters = at;
    }
    if (isRecord(patch["kustomize"])) kustomize = { file, doc: 0, path: [] };
    merged = mergePatch(merged, patch) as Record<string, unknown>;
  }
  if (merged === source) return { source, helm };
  for (const k of ["chart", "path", "repoURL", "targetRevision"]) {
    if (source[k] === undefined) delete merged[k];
    else merged[k] = source[k];
  }
  return { source: merged, helm, ...(kustomize ? { kustomize } : {}) };
}
