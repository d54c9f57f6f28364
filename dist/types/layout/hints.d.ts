import { type MapNode } from "../load/index.js";
import type { OptionHint } from "./relocate.js";
/**
 * Where a kustomization's options are written, for findings in what they produced: what key of a
 * rendered object each writes and the text it puts there, or, for a patch, the region that holds
 * its text. The same words in a kustomization file, an Argo CD Application's `kustomize` block and
 * a Flux Kustomization's `spec` (`targetNamespace` for Flux's namespace).
 */
export declare function kustomizeHints(block: MapNode, display: string, flux: boolean): OptionHint[];
/** kustomize's image.Split: name, tag and digest of `name[:tag][@digest]`, a registry port not taken for a tag. */
export declare function splitImage(image: string): {
    name: string;
    tag: string;
    digest: string;
};
