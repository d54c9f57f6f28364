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
/**
 * The process's own streams, each got from Node when first used: Node builds a stream on first
 * access (standard input alone is about 4 ms of a start-up), and a run with nothing to print never
 * touches standard output.
 */
export declare const processIO: () => CliIO;
/**
 * `calico-ipam-lint . | head -1`: once the reader has gone, writing fails with EPIPE, which Node
 * raises as an uncaught error with a stack trace. The rest of the output has no reader: drop it
 * and let the run end with its own exit code, as the report was complete when written.
 */
export declare function quietWhenReaderGoes(stream: NodeJS.WriteStream): NodeJS.WriteStream;
