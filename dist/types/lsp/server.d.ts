import { type Connection } from "vscode-languageserver/node";
export declare const SOURCE = "calico-ipam-lint";
export interface ServerOptions {
    /** Milliseconds of quiet after an edit before the workspace is judged again. */
    readonly debounceMs?: number;
}
/** Whether the client asked for a shutdown before it left (LSP: exit code 0 then, else 1). */
export interface ServerState {
    readonly shutdownReceived: () => boolean;
}
export declare function startServer(connection: Connection, options?: ServerOptions): ServerState;
