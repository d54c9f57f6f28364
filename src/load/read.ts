import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { isAscii } from "node:buffer";
import { CRLF, OTHER, PLAIN, type TextKind } from "./fast/scanner.js";

/**
 * Reading a regular file's bytes and telling plain ASCII from them: what `files.ts` does for each
 * file, and what the threads that read beside the main one do (`read-worker.ts`), which load this
 * and the fast reader's scanner, nothing else.
 */

/**
 * Files larger than this are not read. Reading costs about 20 bytes of memory per byte of dense
 * YAML, so this keeps one file well inside Node's default heap; it also bounds what is read from a
 * device or pipe named on the command line (`/dev/zero` never ends).
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Thrown by the reads below for a file past MAX_FILE_BYTES. */
export class TooLarge extends Error {}

/**
 * One buffer that files read to be decoded at once are read into, rather than one buffer each:
 * thousands of small files' buffers were thousands of allocations outside the heap.
 */
let scratch: Buffer | null = null;
/** Larger reads get a buffer of their own, which is not kept. */
const SCRATCH_KEPT = 1024 * 1024;

function scratchBuffer(size: number): Buffer {
  if (size > SCRATCH_KEPT) return Buffer.allocUnsafe(size);
  if (scratch === null || scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, 64 * 1024));
  return scratch;
}

/**
 * A regular file's bytes, read synchronously: for thousands of small manifests the promise API's
 * round trips cost several times the reading (docs/performance.md). Null for anything else
 * (missing, a directory, a pipe or a device: `readAnyFile` reads those, and reports errors).
 * With `transient`, the bytes are in the shared scratch buffer: valid until the next read;
 * `listed`, a folder's listing gave the file as a regular file (`readListed`).
 */
export function readRegularFile(abs: string, transient = false, listed = false): Uint8Array | null {
  // Opened without waiting (a FIFO would block an ordinary open until a writer came), then asked
  // what it is: four system calls for a regular file (open, fstat, read, close), where its
  // listing has not said.
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    if (listed && transient) {
      const bytes = readListed(fd);
      if (bytes !== undefined) return bytes;
    }
    const fst = fstatSync(fd);
    if (!fst.isFile()) return null;
    if (fst.size > MAX_FILE_BYTES) throw new TooLarge();
    // One byte more than its size: a file that grew since is read to its end as before. A read that
    // stops short at the size is at the end (for a regular file a short read is the end): not asked
    // again, which was a second system call per file.
    const want = fst.size + 1;
    const buf = transient ? scratchBuffer(want) : Buffer.allocUnsafe(want);
    let n = 0;
    while (n < want) {
      const asked = want - n;
      const r = readSync(fd, buf, n, asked, null);
      if (r === 0) break;
      n += r;
      if (r < asked && n === fst.size) break;
    }
    if (n <= fst.size) return buf.subarray(0, n);
    const rest = readFileSync(fd);
    const bytes = Buffer.concat([buf.subarray(0, n), rest]);
    if (bytes.length > MAX_FILE_BYTES) throw new TooLarge(); // grew while read
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes of a file its folder's listing gave as a regular file (not a link), when they fit the
 * scratch buffer: read until a read gives none, without fstat, whose Stats object (four Dates on
 * Node 20) was about a fifth of reading a small file. Undefined for a larger file, which is read as
 * any other (the reads here are positional: the file's offset is still at its start); null when a
 * read fails (a folder now), for `readAnyFile` to read and report.
 */
function readListed(fd: number): Uint8Array | null | undefined {
  const buf = scratchBuffer(0);
  let n = 0;
  try {
    while (n < buf.length) {
      const r = readSync(fd, buf, n, buf.length - n, n);
      if (r === 0) return buf.subarray(0, n);
      n += r;
    }
  } catch {
    return null;
  }
  return undefined;
}

/**
 * What the bytes are (`TextKind`: plain ASCII, the same with CRLF ends, or other). Told four
 * bytes at a time after `isAscii` (native): about half of what searching the text with the fast
 * reader's regular expression costs (docs/performance.md); a word holding another byte (a
 * carriage return, in a CRLF file) is looked at byte by byte.
 */
export function textKind(b: Uint8Array): TextKind {
  if (!isAscii(b)) return OTHER;
  const n = b.length;
  let kind: TextKind = PLAIN;
  let i = 0;
  const lead = Math.min(n, (4 - (b.byteOffset & 3)) & 3);
  for (; i < lead; i++) if (!plainByte(b[i] as number) && (kind = crlfAt(b, i)) === OTHER) return OTHER;
  const words = (n - i) >> 2;
  if (words > 0) {
    const w = new Int32Array(b.buffer, b.byteOffset + i, words);
    for (let k = 0; k < words; k++) {
      // Bytes are below 0x80 here. y: a line feed becomes 0, other bytes below 0x20 stay in 1-0x1f,
      // with bit 7 set in each byte so that subtracting borrows nothing from the next; then bit 7
      // of each byte of y - 0x01 is set when it is not 0, of ~(y - 0x20) when it is below 0x20,
      // and of x + 0x01 when x is 0x7f (DEL).
      const x = w[k] as number;
      const y = (x ^ 0x0a0a0a0a) | 0x80808080;
      if ((((y - 0x01010101) & ~(y - 0x20202020)) | (x + 0x01010101)) & 0x80808080) {
        for (let j = i + (k << 2), e = j + 4; j < e; j++) if (!plainByte(b[j] as number) && (kind = crlfAt(b, j)) === OTHER) return OTHER;
      }
    }
    i += words << 2;
  }
  for (; i < n; i++) if (!plainByte(b[i] as number) && (kind = crlfAt(b, i)) === OTHER) return OTHER;
  return kind;
}

/**
 * Copies CRLF files' bytes (`textKind`) into a buffer without their carriage returns, for the
 * text the fast reader scans (`LineFeeds` in load/fast/scanner.ts). Four bytes at a time where no
 * return is among them.
 */
export class ReturnsDropped {
  private view: DataView;
  private buffer: Buffer;
  /** Where the dropped returns' line feeds are in the copy being made. */
  private returns = new Int32Array(1024);
  private count = 0;

  constructor(size = 1 << 16) {
    this.buffer = Buffer.allocUnsafe(size);
    this.view = new DataView(this.buffer.buffer, this.buffer.byteOffset, size);
  }

  /** `src` decoded without its returns, and where each dropped return's line feed is in it (`FastTree.omitted`). */
  text(src: Uint8Array): { scanned: string; omitted: Int32Array } {
    if (this.buffer.length < src.length) {
      this.buffer = Buffer.allocUnsafe(Math.max(src.length, this.buffer.length * 2));
      this.view = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.length);
    }
    const n = src.length;
    let o = 0;
    let i = 0;
    this.count = 0;
    const lead = Math.min(n, (4 - (src.byteOffset & 3)) & 3);
    for (; i < lead; i++) o = this.byte(src[i] as number, o);
    const words = (n - i) >> 2;
    if (words > 0) {
      const w = new Int32Array(src.buffer, src.byteOffset + i, words);
      for (let k = 0; k < words; k++) {
        const x = w[k] as number;
        // Bit 7 of a byte of (y - 0x01) & ~y is set when that byte of y is 0: a return in x.
        const y = x ^ 0x0d0d0d0d;
        if (((y - 0x01010101) & ~y & 0x80808080) === 0) {
          this.view.setInt32(o, x, true);
          o += 4;
        } else {
          for (let j = i + (k << 2), e = j + 4; j < e; j++) o = this.byte(src[j] as number, o);
        }
      }
      i += words << 2;
    }
    for (; i < n; i++) o = this.byte(src[i] as number, o);
    return { scanned: this.buffer.toString("latin1", 0, o), omitted: this.returns.slice(0, this.count) };
  }

  /** Copies `c` to `o` unless it is a return, which it notes instead; where the next byte goes. */
  private byte(c: number, o: number): number {
    if (c !== 13) {
      this.buffer[o] = c;
      return o + 1;
    }
    if (this.count === this.returns.length) {
      const grown = new Int32Array(this.returns.length * 2);
      grown.set(this.returns);
      this.returns = grown;
    }
    this.returns[this.count++] = o;
    return o;
  }
}

const plainByte = (c: number): boolean => (c < 32 ? c === 10 : c < 127);
/** CRLF when the byte at `i`, not a plain one, is a carriage return before a line feed; else OTHER. */
const crlfAt = (b: Uint8Array, i: number): TextKind => (b[i] === 13 && b[i + 1] === 10 ? CRLF : OTHER);

/**
 * What the threads that read beside the main one (`read-worker.ts`, started by `threads.ts`) share
 * with it: an Int32Array over shared memory holding the next chunk of files to take (`NEXT`: both
 * sides take chunks from it, so a thread that starts late or reads slowly takes fewer) and the
 * chunks posted so far (`POSTED`, which the main thread waits on) and the threads started (`STARTED`).
 */
export const NEXT = 0;
export const POSTED = 1;
/** Threads that have started (loaded their code), which `Chunks.ready` waits for. */
export const STARTED = 2;

/** Per file of a chunk a thread posts: read here (the main thread reads it as it would alone), or scanned. */
export const ON_MAIN = 0;
export const SCANNED = 1;

/** What a reading thread is given. */
export interface ReadJob {
  /** The run's paths, in its order, and the folder they are relative to. */
  readonly paths: readonly string[];
  /** 1 for a path a folder's listing gave as a regular file (`readRegularFile`'s `listed`). */
  readonly listed: Uint8Array | null;
  readonly cwd: string;
  /** Files in a chunk. */
  readonly per: number;
  /** NEXT, POSTED and STARTED. */
  readonly shared: Int32Array;
  /** A MessagePort of node:worker_threads (typed by what is used: the package's types need no @types/node). */
  readonly port: { postMessage(message: unknown, transfer: readonly ArrayBuffer[]): void; close(): void };
}

/**
 * A chunk a reading thread read: the ASCII bytes of the files it scanned, one after another (`used`
 * of them), the slabs their records are in, the characters the scanner left out of them (CRLF line
 * ends: `FastTree.omitted`, one file's after another's), and per file of the chunk either ON_MAIN,
 * or SCANNED, start and end in `bytes`, slab, start and count in `omitted`, root count and the roots.
 */
export interface ReadChunk {
  readonly chunk: number;
  readonly bytes: ArrayBuffer;
  readonly used: number;
  readonly tapes: readonly ArrayBuffer[];
  readonly files: Int32Array;
  readonly omitted: Int32Array;
}
