import type { Rule } from "./define-rule.js";
import annotationJson from "./annotation-json.js";
import annotationOnExistingPod from "./annotation-on-existing-pod.js";
import annotationPlacement from "./annotation-placement.js";
import annotationUnknown from "./annotation-unknown.js";
import duplicateStaticIp from "./duplicate-static-ip.js";
import featureFlagRequired from "./feature-flag-required.js";
import invalidAnnotationValue from "./invalid-annotation-value.js";
import invalidIp from "./invalid-ip.js";
import ipInUse from "./ip-in-use.js";
import ipOutsidePodCidr from "./ip-outside-pod-cidr.js";
import ipOutsidePool from "./ip-outside-pool.js";
import multipleIpAddrs from "./multiple-ip-addrs.js";
import noUsablePool from "./no-usable-pool.js";
import podNamespaceConflict from "./pod-namespace-conflict.js";
import poolExhausted from "./pool-exhausted.js";
import poolFamilyMismatch from "./pool-family-mismatch.js";
import poolInvalid from "./pool-invalid.js";
import poolOutsidePodCidr from "./pool-outside-pod-cidr.js";
import poolOverlap from "./pool-overlap.js";
import renderFailed from "./render-failed.js";
import staticIpAutoPool from "./static-ip-auto-pool.js";
import staticIpBothModes from "./static-ip-both-modes.js";
import staticIpPoolMismatch from "./static-ip-pool-mismatch.js";
import staticIpReplicas from "./static-ip-replicas.js";
import unknownPool from "./unknown-pool.js";
import unusedSuppression from "./unused-suppression.js";
import yamlSyntax from "./yaml-syntax.js";

/** Every rule, sorted by id (a test keeps it that way). */
export const RULES: readonly Rule[] = [
  annotationJson,
  annotationOnExistingPod,
  annotationPlacement,
  annotationUnknown,
  duplicateStaticIp,
  featureFlagRequired,
  invalidAnnotationValue,
  invalidIp,
  ipInUse,
  ipOutsidePodCidr,
  ipOutsidePool,
  multipleIpAddrs,
  noUsablePool,
  podNamespaceConflict,
  poolExhausted,
  poolFamilyMismatch,
  poolInvalid,
  poolOutsidePodCidr,
  poolOverlap,
  renderFailed,
  staticIpAutoPool,
  staticIpBothModes,
  staticIpPoolMismatch,
  staticIpReplicas,
  unknownPool,
  unusedSuppression,
  yamlSyntax,
] as readonly Rule[];
