import { resolve } from "node:path";
import { workerData } from "node:worker_threads";
import { CRLF, Decline, newScratch, OTHER, scan } from "./fast/scanner.js";
import { newSlabs } from "./fast/tape.js";
import { NEXT, ON_MAIN, POSTED, readRegularFile, ReturnsDropped, SCANNED, STARTED, textKind, type ReadChunk, type ReadJob } from "./read.js";

/**
 * A thread that reads and scans files beside the main one (`threads.ts`): it takes chunks of the
 * run's files until none is left and posts, for each, the bytes and node records of the files the
 * fast reader accepts. Everything else (a file it cannot read, one that is not ASCII with LF or
 * CRLF line ends, one the fast reader declines) it leaves to the main thread, which reads it as
 * it reads any file, errors and findings alike. It keeps nothing the main thread needs: records
 * hold offsets, not strings.
 */

const { paths, listed, cwd, per, shared, port } = workerData as ReadJob;
const chunks = Math.ceil(paths.length / per);
const scratch = newScratch();
const keys = new Map<string, string>();
const NONE = new Int32Array(0);
const dropped = new ReturnsDropped();
Atomics.add(shared, STARTED, 1);
Atomics.notify(shared, STARTED);

for (;;) {
  const c = Atomics.add(shared, NEXT, 1);
  if (c >= chunks) break;
  let bytes = new Uint8Array(1 << 16);
  let used = 0;
  const files: number[] = [];
  const tapes: Int32Array[] = [];
  // The characters the scanner left out of the chunk's CRLF files (`FastTree.omitted`), one after another.
  const omitted: number[] = [];
  // Slabs of this chunk alone: they go to the main thread with it.
  const slabs = newSlabs();
  for (let i = c * per, end = Math.min(paths.length, i + per); i < end; i++) {
    const path = resolve(cwd, paths[i] as string);
    let read: Uint8Array | null;
    try {
      read = readRegularFile(path, true, listed?.[i] === 1);
    } catch {
      read = null;
    }
    const kind = read === null || read.length === 0 ? OTHER : textKind(read);
    if (read === null || kind === OTHER) {
      files.push(ON_MAIN);
      continue;
    }
    // A CRLF file's text with LF ends is all the scanner reads (the main thread has the file's own).
    const lf = kind === CRLF ? dropped.text(read) : undefined;
    const text = lf?.scanned ?? Buffer.from(read.buffer, read.byteOffset, read.length).toString("latin1");
    const tree = scan(path, text, scratch, keys, slabs, kind, lf);
    // A document with a duplicate key is rare: the main thread reads such a file as it would alone.
    if (tree instanceof Decline || tree.duplicateKeys !== null) {
      files.push(ON_MAIN);
      continue;
    }
    if (used + read.length > bytes.length) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, used + read.length));
      grown.set(bytes.subarray(0, used));
      bytes = grown;
    }
    bytes.set(read, used);
    let t = tapes.indexOf(tree.tape);
    if (t === -1) t = tapes.push(tree.tape) - 1;
    const left = tree.omitted ?? NONE;
    files.push(SCANNED, used, used + read.length, t, omitted.length, left.length, tree.roots.length, ...tree.roots);
    for (let k = 0; k < left.length; k++) omitted.push(left[k] as number);
    used += read.length;
  }
  const list = Int32Array.from(files);
  const left = Int32Array.from(omitted);
  const message: ReadChunk = { chunk: c, bytes: bytes.buffer, used, tapes: tapes.map((t) => t.buffer as ArrayBuffer), files: list, omitted: left };
  port.postMessage(message, [bytes.buffer, ...message.tapes, list.buffer, left.buffer]);
  Atomics.add(shared, POSTED, 1);
  Atomics.notify(shared, POSTED);
}
port.close();
