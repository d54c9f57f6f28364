import { type ServerOptions } from "./server.js";
/**
 * `calico-ipam-lint lsp`: a language server on standard input and output. Loaded by the CLI only
 * for this command (a dynamic import), so a lint run does not pay for the protocol library.
 *
 * Given the streams themselves, the protocol library ends the process as the protocol says: on
 * `exit`, when the input closes, or when the editor's process (`--clientProcessId`, or the
 * initialize request's processId) is gone; 0 after a shutdown request, else 1. That is the only
 * place the CLI's process is ended from inside; the promise resolves only where that does not
 * happen (the library's own choice), with the same code.
 */
export declare function runLanguageServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, options?: ServerOptions): Promise<number>;
