import { type ReadChunk } from "./read.js";
/** The reading thread's module; null when running from the sources (tests), which read on one thread. */
export declare function readWorkerUrl(): URL | null;
/**
 * Threads `concurrency` asks for beside the main one: `auto` one per core (and per CPU of the
 * container's quota) past the main thread's and V8's (V8_CORE), at most AUTO_MAX (reading is also
 * bound by the disk, and each thread costs its start), started only when the files look long
 * enough to read to pay for them; a number, that many (at most one per core) less the main
 * thread, started whenever files are left to read (and waited for: each gets its share); `off`
 * none.
 */
export declare function threadPlan(concurrency: Concurrency | undefined, quota?: () => number): ThreadPlan;
export type Concurrency = number | "auto" | "off";
export interface ThreadPlan {
    /** Threads beside the main one, at most. */
    readonly threads: number;
    /** Start them whatever the files (else only when reading them looks long enough). */
    readonly always: boolean;
}
/**
 * The CPUs the process's control group may use (a container's limit: Kubernetes' `limits.cpu`, as
 * for an Argo CD plugin's sidecar; `docker run --cpus`), Infinity when none is set. Node's
 * availableParallelism counts the host's cores: threads past the quota only wait for it.
 */
export declare function cpuQuota(read?: (path: string) => string): number;
/** The chunks of one `loadFiles` run: taken by the main thread and the reading threads alike. */
export declare class Chunks {
    private readonly paths;
    private readonly listed;
    private readonly cwd;
    readonly per: number;
    readonly count: number;
    private readonly shared;
    private readonly workers;
    private exited;
    /** Chunks the threads posted that were received. */
    private received;
    constructor(paths: readonly string[], listed: Uint8Array | null, cwd: string, per: number);
    /** The next chunk to read, or -1 when all are taken. */
    take(): number;
    /** Chunks no one has taken yet. */
    get left(): number;
    /** The threads that read at least one chunk. */
    get reading(): number;
    /** node:worker_threads, loaded when threads start (a lint of a few files never needs it). */
    private workerThreads;
    /** Starts `n` reading threads; false when none could start. */
    start(n: number, url: URL): Promise<boolean>;
    /** Until every thread started has loaded its code (or ended). */
    ready(): Promise<void>;
    /** A chunk a thread posted, if one waits. */
    poll(): ReadChunk | undefined;
    /**
     * The next chunk a thread posts, or null when every thread has ended (a chunk taken by a thread
     * that failed is then read by the main thread: see `loadInThreads`).
     */
    next(): Promise<ReadChunk | null>;
    /** Ends the threads (their chunks all taken). */
    close(): void;
}
