/**
 * The JSON Schema of `.calico-ipam-lint.yaml`, built from the rule registry so that every rule id is
 * a known key. `schema/calico-ipam-lint.schema.json` is this value, written out; a test keeps them
 * equal (`UPDATE_SCHEMA=1 npx vitest run test/config/schema.test.ts` rewrites the file).
 */

import { VERSION } from "../version.js";

/**
 * The schema's stable address: the file at this version's tag, so that a configuration checked
 * against it has the keys and rule ids of the version that reads it (docs/configuration.md).
 */
export const SCHEMA_ID = `https://raw.githubusercontent.com/calico-ipam-lint/calico-ipam-lint/v${VERSION}/schema/calico-ipam-lint.schema.json`;

export const SEVERITY_VALUES = ["error", "warn", "off"] as const;

export interface RuleDoc {
  readonly id: string;
  readonly description: string;
}

type Schema = Record<string, unknown>;

const stringList = (description: string, items: Schema = { type: "string", minLength: 1 }): Schema => ({ type: "array", description, items });

export function configSchema(rules: readonly RuleDoc[]): Schema {
  const ids = rules.map((r) => r.id).sort();
  const byId = new Map(rules.map((r) => [r.id, r.description]));
  const severities: Schema = {
    type: "object",
    description: "Severity per rule id: `error`, `warn` or `off`.",
    properties: Object.fromEntries(ids.map((id) => [id, { $ref: "#/definitions/severity", description: byId.get(id) }])),
    additionalProperties: false,
  };
  const ruleIds: Schema = {
    description: "Rule ids, or `all`.",
    oneOf: [
      { type: "string", enum: ["all"] },
      { type: "array", items: { type: "string", enum: ["all", ...ids] }, minItems: 1 },
    ],
  };
  const cni: Schema = {
    type: "object",
    description:
      "How the cluster's pods get their network, when no operator Installation or calico-config ConfigMap in view says so (and in place of what they say).",
    additionalProperties: false,
    properties: {
      type: { type: "string", minLength: 1, description: "The CNI plugin: `Calico`, or the one Calico runs beside for policy only (`AmazonVPC`, `AzureVNET`, `GKE`, …)." },
      ipam: { type: "string", minLength: 1, description: "With Calico's CNI plugin: its config's `ipam.type`, `calico-ipam` or `host-local` (Canal)." },
    },
  };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: SCHEMA_ID,
    title: "calico-ipam-lint configuration",
    description: "The configuration file .calico-ipam-lint.yaml (or .yml, .json): data only, never executed.",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string", description: "The schema this file follows (for editors)." },
      podCidrs: stringList("The cluster's pod CIDRs, when no manifest declares them (kubeadm podSubnet, kind, Cluster API). `--pod-cidr` replaces them."),
      pools: stringList(
        "More files to read for pools and other context (kubectl get ippools.crd.projectcalico.org -o yaml), relative to this file. Findings in them are not reported.",
      ),
      poolsComplete: { type: "boolean", description: "The pools in view are all of the cluster's pools (enables no-usable-pool)." },
      featureFlags: {
        type: "object",
        description: "The Calico CNI config's `feature_control` flags; leave a flag out when it is not known.",
        additionalProperties: false,
        properties: {
          ipAddrsNoIpam: { type: "boolean", description: "`feature_control.ip_addrs_no_ipam`." },
          floatingIPs: { type: "boolean", description: "`feature_control.floating_ips`." },
        },
      },
      cni,
      calicoVersion: {
        type: "string",
        enum: ["v3.32", "head"],
        description: "Whose behaviour to predict: `v3.32` (the latest release) or `head` (also checks a static address's pool allowedUses).",
      },
      calicoEdition: {
        type: "string",
        enum: ["open-source", "enterprise"],
        description:
          "Calico Open Source or Calico Enterprise, in place of what an operator Installation's `spec.variant` says (`CalicoEnterprise` or `TigeraSecureEnterprise` is Enterprise). Under `enterprise` its IPPool fields (`awsSubnetID`) and uses (`HostSecondaryInterface`) are accepted.",
      },
      ipam: {
        type: "object",
        description: "The cluster's IPAMConfiguration, when no manifest in view holds it.",
        additionalProperties: false,
        properties: {
          strictAffinity: { type: "boolean", description: "`spec.strictAffinity`." },
          maxBlocksPerHost: { type: "integer", minimum: 0, description: "`spec.maxBlocksPerHost` (Calico treats 0 as its default, 20 blocks per node)." },
        },
      },
      nodes: { type: "integer", minimum: 0, description: "How many nodes run Calico (sizes DaemonSets and per-node tunnel addresses). `--nodes` replaces it." },
      clusters: {
        type: "array",
        description:
          "The clusters this repository deploys to, for what the files cannot say (Argo CD Applications and Flux's clusters/<name>/ folders name clusters too). Cross-object rules judge each cluster on its own.",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["name"],
          properties: {
            name: { type: "string", minLength: 1, description: "The cluster's name, as findings and the plan show it (an Argo CD destination name joins it)." },
            paths: stringList("Folders or files this cluster deploys, relative to this file."),
            pools: stringList("More files with this cluster's pools (kubectl get ippools -o yaml), relative to this file; findings in them are not reported."),
            podCidrs: stringList("This cluster's pod CIDRs, in place of the top-level podCidrs."),
            cni,
            nodes: { type: "integer", minimum: 0, description: "How many nodes of this cluster run Calico." },
          },
        },
      },
      rules: severities,
      ignore: stringList("Files not linted, in .gitignore syntax, relative to this file. They are still read for cross-file checks, like --context."),
      overrides: {
        type: "array",
        description: "Rule severities for some files (later entries win), after ESLint's overrides.",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["files", "rules"],
          properties: {
            files: { ...stringList("Files this entry applies to, in .gitignore syntax, relative to this file."), minItems: 1 },
            rules: severities,
          },
        },
      },
      suppress: {
        type: "array",
        description: "Findings not reported, by the object they are located in (for charts the team does not own). `*` in a field matches any run of characters.",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["rules"],
          anyOf: [{ required: ["kind"] }, { required: ["namespace"] }, { required: ["name"] }],
          properties: {
            kind: { type: "string", minLength: 1, description: "The object's kind, e.g. Deployment." },
            namespace: { type: "string", minLength: 1, description: "The object's namespace (the default namespace when it names none)." },
            name: { type: "string", minLength: 1, description: "The object's metadata.name." },
            rules: ruleIds,
            reason: { type: "string", description: "Why (for the reader; not used)." },
          },
        },
      },
    },
    definitions: {
      severity: { type: "string", enum: [...SEVERITY_VALUES] },
    },
  };
}
