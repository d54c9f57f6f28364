/** What the CLI talks to; tests pass their own. */
export interface CliIO {
    readonly cwd: string;
    readonly env: Readonly<Record<string, string | undefined>>;
    readonly stdin: AsyncIterable<Uint8Array | string>;
    readonly stdout: {
        write(s: string): unknown;
    };
    readonly stderr: {
        write(s: string): unknown;
    };
    readonly stdoutIsTTY: boolean;
    /** Whether standard error is a terminal (a progress line may be rewritten on it). */
    readonly stderrIsTTY?: boolean;
}
export declare const processIO: () => CliIO;
