import { CommanderError } from "commander";
import { podCidrProblem } from "../config/index.js";

/**
 * Parsers for the values of the lint options. A value the run cannot use stops it with exit 2, as
 * the same value in the configuration file does, and with the configuration's wording: a dropped
 * `--pod-cidr` would silently lint against no pod CIDR at all.
 */

const invalid = (message: string): CommanderError => new CommanderError(2, "calico-ipam-lint.invalidArgument", message);

/** `--pod-cidr` (repeatable): validated as `podCidrs` is; kept trimmed, as the configuration's are read. */
export function podCidrArg(value: string, previous: string[]): string[] {
  const problem = podCidrProblem(value);
  if (problem) throw invalid(`--pod-cidr: ${problem}`);
  return [...previous, value.trim()];
}

/** Kubernetes namespace names are RFC 1123 labels (apimachinery validation.IsDNS1123Label). */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** `--namespace`: a name a namespace can have, or every object would land in one that cannot exist. */
export function namespaceArg(value: string): string {
  if (value.length > 63 || !DNS1123_LABEL.test(value)) {
    throw invalid(`--namespace: ${JSON.stringify(value)} is not a namespace name (at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit)`);
  }
  return value;
}

/** A path or revision option: an empty value (an unset variable in a script) names nothing. */
export function pathArg(flag: string): (value: string) => string {
  return (value) => {
    if (value.trim() === "") throw invalid(`${flag} needs a value; it was given an empty one`);
    return value;
  };
}

/** A repeatable path option. */
export function pathListArg(flag: string): (value: string, previous: string[]) => string[] {
  const one = pathArg(flag);
  return (value, previous) => [...previous, one(value)];
}
