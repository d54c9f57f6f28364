export declare const VERSION: string;
export declare const REPOSITORY = "https://github.com/calico-ipam-lint/calico-ipam-lint";
/** Every rule's documentation page, pinned to the branch the docs are published from. */
export declare const docsUrl: (ruleId: string) => string;
/**
 * Where the playground (playground/, built by `npm run build:playground`) is published: the rule
 * pages link to it with their examples loaded.
 */
export declare const PLAYGROUND_URL = "https://calico-ipam-lint.github.io/calico-ipam-lint/";
