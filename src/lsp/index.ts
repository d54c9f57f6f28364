import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver/node";
import { startServer, type ServerOptions } from "./server.js";

/**
 * `calico-ipam-lint lsp`: a language server on standard input and output. Loaded by the CLI only
 * for this command (a dynamic import), so a lint run does not pay for the protocol library.
 */
export function runLanguageServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, options: ServerOptions = {}): Promise<void> {
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(input), new StreamMessageWriter(output));
  const closed = new Promise<void>((resolve) => connection.onExit(() => resolve()));
  startServer(connection, options);
  return closed;
}
