import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import type * as WorkerThreads from "node:worker_threads";
import type { MessagePort, Worker } from "node:worker_threads";
import { NEXT, POSTED, STARTED, type ReadChunk, type ReadJob } from "./read.js";

/**
 * Threads that read and scan files beside the main one (`read-worker.ts`), for `loadFiles`. Both
 * sides take chunks of the run's files from one shared counter, so the split needs no guess: a
 * thread that starts late (tens of milliseconds to load) or reads slowly just takes fewer.
 */

/** Where the reading thread's module is, relative to the bundle this module is in (scripts/build.mjs). */
declare const __READ_WORKER__: string | undefined;

/** The reading thread's module; null when running from the sources (tests), which read on one thread. */
export function readWorkerUrl(): URL | null {
  return typeof __READ_WORKER__ === "string" ? new URL(__READ_WORKER__, import.meta.url) : null;
}

/**
 * Threads `concurrency` asks for beside the main one: `auto` one per core (and per CPU of the
 * container's quota) past the main thread's and V8's (V8_CORE), at most AUTO_MAX (reading is also
 * bound by the disk, and each thread costs its start), started only when the files look long
 * enough to read to pay for them; a number, that many (at most one per core) less the main
 * thread, started whenever files are left to read (and waited for: each gets its share); `off`
 * none.
 */
export function threadPlan(concurrency: Concurrency | undefined, quota: () => number = cpuQuota): ThreadPlan {
  if (concurrency === "off") return { threads: 0, always: false };
  // More threads than cores only wait for one another (and each holds a heap of its own).
  if (concurrency !== undefined && concurrency !== "auto") return { threads: Math.max(0, Math.min(concurrency, availableParallelism()) - 1), always: true };
  // Worked out when first asked, by a run of enough files: the quota is read from files.
  let n: number | undefined;
  return {
    get threads() {
      return (n ??= Math.max(0, Math.min(AUTO_MAX, availableParallelism() - V8_CORE - 1, Math.floor(quota()) - V8_CORE - 1)));
    },
    always: false,
  };
}
export type Concurrency = number | "auto" | "off";
export interface ThreadPlan {
  /** Threads beside the main one, at most. */
  readonly threads: number;
  /** Start them whatever the files (else only when reading them looks long enough). */
  readonly always: boolean;
}
const AUTO_MAX = 3;
/**
 * The core V8 keeps busy beside the main thread while a lint reads: compiling the hot code and
 * collecting. On two cores a thread reading beside them took CPU from the main thread rather
 * than work (a lint of 13,819 files: 1.15 s either way, 13% more CPU; docs/performance.md), so
 * `auto` starts threads only on the cores past these two.
 */
const V8_CORE = 1;

/**
 * The CPUs the process's control group may use (a container's limit: Kubernetes' `limits.cpu`, as
 * for an Argo CD plugin's sidecar; `docker run --cpus`), Infinity when none is set. Node's
 * availableParallelism counts the host's cores: threads past the quota only wait for it.
 */
export function cpuQuota(read: (path: string) => string = (p) => readFileSync(p, "latin1")): number {
  const ratio = (quota: number, period: number): number => (quota > 0 && period > 0 ? quota / period : Infinity);
  try {
    const [quota, period] = read("/sys/fs/cgroup/cpu.max").trim().split(/\s+/); // cgroup v2: "max 100000" or "150000 100000"
    return quota === "max" ? Infinity : ratio(Number(quota), Number(period));
  } catch {
    // cgroup v1 below
  }
  try {
    return ratio(Number(read("/sys/fs/cgroup/cpu/cpu.cfs_quota_us")), Number(read("/sys/fs/cgroup/cpu/cpu.cfs_period_us")));
  } catch {
    return Infinity;
  }
}

/** Atomics.waitAsync (Node 16 and later; TypeScript's lib has it from ES2024). */
const waitAsync = (Atomics as unknown as { waitAsync(a: Int32Array, i: number, v: number, ms: number): { async: boolean; value: Promise<string> | string } }).waitAsync;

/** The chunks of one `loadFiles` run: taken by the main thread and the reading threads alike. */
export class Chunks {
  readonly count: number;
  private readonly shared = new Int32Array(new SharedArrayBuffer(12));
  private readonly workers: { worker: Worker; port: MessagePort; read: number }[] = [];
  private exited = 0;
  /** Chunks the threads posted that were received. */
  private received = 0;

  constructor(
    private readonly paths: readonly string[],
    private readonly listed: Uint8Array | null,
    private readonly cwd: string,
    readonly per: number,
  ) {
    this.count = Math.ceil(paths.length / per);
  }

  /** The next chunk to read, or -1 when all are taken. */
  take(): number {
    const c = Atomics.add(this.shared, NEXT, 1);
    return c < this.count ? c : -1;
  }

  /** Chunks no one has taken yet. */
  get left(): number {
    return Math.max(0, this.count - Atomics.load(this.shared, NEXT));
  }

  /** The threads that read at least one chunk. */
  get reading(): number {
    return this.workers.filter((w) => w.read > 0).length;
  }

  /** node:worker_threads, loaded when threads start (a lint of a few files never needs it). */
  private workerThreads: typeof WorkerThreads | null = null;

  /** Starts `n` reading threads; false when none could start. */
  async start(n: number, url: URL): Promise<boolean> {
    const { MessageChannel, Worker } = (this.workerThreads = await import("node:worker_threads"));
    for (let i = 0; i < Math.min(n, this.left); i++) {
      const { port1, port2 } = new MessageChannel();
      const job: ReadJob = { paths: this.paths, listed: this.listed, cwd: this.cwd, per: this.per, shared: this.shared, port: port2 };
      let worker: Worker;
      try {
        worker = new Worker(url, { workerData: job, transferList: [port2], stdout: true, stderr: true });
      } catch {
        port1.close();
        break;
      }
      // A thread that fails leaves its chunk unposted: the main thread reads it (`loadInThreads`), as if alone.
      worker.on("error", () => {});
      worker.on("exit", () => {
        this.exited++;
        Atomics.notify(this.shared, POSTED);
        Atomics.notify(this.shared, STARTED);
      });
      this.workers.push({ worker, port: port1, read: 0 });
    }
    return this.workers.length > 0;
  }

  /** Until every thread started has loaded its code (or ended). */
  async ready(): Promise<void> {
    for (;;) {
      const started = Atomics.load(this.shared, STARTED);
      if (started + this.exited >= this.workers.length) return;
      const w = waitAsync(this.shared, STARTED, started, 50);
      if (w.async) await w.value;
    }
  }

  /** A chunk a thread posted, if one waits. */
  poll(): ReadChunk | undefined {
    for (const w of this.workers) {
      const m = this.workerThreads?.receiveMessageOnPort(w.port);
      if (m) {
        this.received++;
        w.read++;
        return m.message as ReadChunk;
      }
    }
    return undefined;
  }

  /**
   * The next chunk a thread posts, or null when every thread has ended (a chunk taken by a thread
   * that failed is then read by the main thread: see `loadInThreads`).
   */
  async next(): Promise<ReadChunk | null> {
    for (;;) {
      const seen = Atomics.load(this.shared, POSTED);
      const m = this.poll();
      if (m) return m;
      if (seen === this.received && this.exited === this.workers.length) return null;
      // Waited for on the event loop: the exit events above come through it, as does what runs beside the read.
      const w = waitAsync(this.shared, POSTED, seen, 50);
      if (w.async) await w.value;
    }
  }

  /** Ends the threads (their chunks all taken). */
  close(): void {
    for (const w of this.workers) {
      w.port.close();
      void w.worker.terminate();
    }
  }
}
