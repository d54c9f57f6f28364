import pkg from "../package.json" with { type: "json" };

export const VERSION: string = pkg.version;
export const REPOSITORY = "https://github.com/calico-ipam-lint/calico-ipam-lint";

/** Every rule's documentation page, pinned to the branch the docs are published from. */
export const docsUrl = (ruleId: string): string => `${REPOSITORY}/blob/main/docs/rules/${ruleId}.md`;

/**
 * Where the playground (playground/, built by `npm run build:playground`) is published: the rule
 * pages link to it with their examples loaded.
 */
export const PLAYGROUND_URL = "https://calico-ipam-lint.github.io/calico-ipam-lint/";
