import type { Rendered } from "./tools.js";
/** The key of a render: the program (path and modification time), its job, and the folders' content. */
export declare function renderKey(program: string, job: unknown, dirs: readonly string[], files: readonly string[]): string;
export declare function cached(dir: string, key: string): Rendered | null;
/** Store a render; a cache that cannot be written only costs the next run time. */
export declare function store(dir: string, key: string, r: Rendered): void;
