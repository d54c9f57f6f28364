import type { SourceFile } from "../types.js";
import { type LineFeeds, type TextKind } from "./scanner.js";
import { type FastTree } from "./tape.js";
/**
 * The fast path of `load/`: a parser for the block YAML that Kubernetes manifests are written in,
 * about ten times faster than the `yaml` package and a few times smaller in memory, that gives
 * exactly the tree `parseSource` gives for what it accepts and declines everything else.
 *
 * It accepts a strict subset of YAML: block mappings and sequences (compact ones too: `- key: v`,
 * `- - item`), plain, single- and double-quoted scalars (over several lines too), literal and
 * folded block scalars, flow collections (so JSON), comments, `---` document markers, and anchors
 * and aliases on block values (an alias's records are a copy of its anchor's node: the spans and
 * values of the `yaml` package's one shared node; at most 100 records a document, under go-yaml's
 * limit on aliased nodes), comments and tabs as white space between the entries of flow
 * collections, and keys that repeat a key of their mapping (as `parseSource` does, the document
 * gets no root and a problem at each). It declines (returns null, and the caller parses the file
 * with `parseSource`) aliases in flow collections, anchors on keys or empty values, tags,
 * directives, merge keys, explicit keys, any other tab, carriage returns but in CRLF line ends, a
 * byte order mark but at the start, control characters, `...`, block scalars with an indentation
 * indicator or no content, very deep nesting, and any text the `yaml` package would report an error
 * for, as far as this parser can tell: when in doubt, it declines. So syntax errors are always
 * found, and located, by the precise parser (a duplicate key is no syntax error: the `yaml` package
 * is told not to check them, and load/parse.ts does). Values follow the YAML 1.2 core schema
 * exactly as the `yaml` package resolves them (the folding and escape rules below mirror its
 * `resolve-flow-scalar` and `resolve-block-scalar`), and node ranges are the ones it gives.
 *
 * The modules: `scanner.ts` reads a text into a node tape (`tape.ts`: a flat array of records per
 * file); `scalars.ts` resolves scalar values as the `yaml` package does; `views.ts` shows the tape
 * as located nodes (`Node`), built on demand. None of them keeps state between calls: a reader
 * (`manifestReader`) owns its scratch buffer and its table of key strings.
 *
 * CRLF line ends (a checkout on Windows) are read as LF ends, and a byte order mark at the start is
 * left out, as the `yaml` package reads them; the records index that text, and the views tell
 * spans and read values in the file's own (`views.ts`). Declined, such a checkout was read ten
 * times as slowly as the same files with LF ends.
 *
 * Not kept: comments (`commentBefore`), which nothing outside `load/` reads (suppression comments
 * are found in the text: engine/suppress.ts).
 */
export type { FastTree } from "./tape.js";
export { resolvePlain } from "./scalars.js";
/** The file was read by the fast reader (its tree is built on demand from records). */
export declare function isFastSource(file: SourceFile): boolean;
/** Parse `text` into a node tape, or return null when the fast reader declines it. Never throws. */
export declare function parseFastTree(path: string, text: string): FastTree | null;
/** Why the fast reader declines `text` (null when it accepts it), for statistics and tests. */
export declare function declineReason(text: string): string | null;
/** `kind`: what the text is known to hold, told from its bytes as they were read (`TextKind`). */
type Read = (path: string, text: string, contextOnly?: boolean, kind?: TextKind, lf?: LineFeeds) => SourceFile;
/**
 * A reader of manifests for one run: each file with the fast reader when it accepts the text, else
 * with `parseSource`. The two give the same tree (comments aside; `load/equivalence.ts`), so
 * callers need not know which read it.
 */
export declare function manifestReader(): ManifestReader;
/** A reader of manifests (`manifestReader`). */
export interface ManifestReader extends Read {
    /**
     * The file whose text another thread's scanner read into `tape` (`load/read-worker.ts`), with
     * the characters it left out (`FastTree.omitted`): the same tree as reading it here, without
     * scanning it again.
     */
    adopt(path: string, text: string, contextOnly: boolean, tape: Int32Array, roots: readonly number[], omitted?: Int32Array | null): SourceFile;
}
/** `parse` can take files another thread scanned. */
export declare const adopts: (parse: Read | ((path: string, text: string, contextOnly: boolean) => SourceFile)) => parse is ManifestReader;
/** A SourceFile read by the fast reader, or null when it declines the text. */
export declare function parseFast(path: string, text: string, contextOnly?: boolean): SourceFile | null;
/** One manifest, as `manifestReader()` reads it; a run over many files should use one reader. */
export declare function parseManifest(path: string, text: string, contextOnly?: boolean): SourceFile;
