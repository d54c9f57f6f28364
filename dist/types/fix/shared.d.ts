import type { Node, SourceFile } from "../load/index.js";
/** A test for whether a node is shared in its document (see `sharedIn`). Unknown nodes count as shared. */
export declare function sharedNodes(files: readonly SourceFile[]): (node: Node) => boolean;
