// Preload for test/security/no-network.test.ts, given to node as `--import <this file>` (through
// NODE_OPTIONS, so node processes started by the run get it too). Every way a Node program reaches
// the network is replaced by a trap that appends one line to the file named by CIL_NET_TRAP_LOG and
// then throws, so a caller that swallows the error is still caught. CIL_NET_TRAP_LOADED gets one
// line per process that loaded the trap: a run without it proves nothing.
import { appendFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import dgram from "node:dgram";
import dns from "node:dns";
import http from "node:http";
import http2 from "node:http2";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";

const attempts = process.env.CIL_NET_TRAP_LOG;
const loaded = process.env.CIL_NET_TRAP_LOADED;

/** What was asked for, short and on one line: host, port, path or URL. */
function target(args) {
  const parts = [];
  // net.Socket#connect is also called with its arguments already normalized into one array.
  const flat = Array.isArray(args[0]) ? args[0] : args;
  for (const a of flat.slice(0, 2)) {
    if (typeof a === "string" || typeof a === "number") parts.push(String(a));
    else if (a instanceof URL) parts.push(a.href);
    else if (a && typeof a === "object") {
      if (typeof a.url === "string") parts.push(a.url);
      for (const k of ["protocol", "host", "hostname", "port", "path", "socketPath", "type"]) if (a[k] !== undefined && typeof a[k] !== "function") parts.push(`${k}=${String(a[k])}`);
    }
  }
  return parts.join(" ").replace(/\s+/g, " ").slice(0, 200);
}

function trap(name) {
  return function trapped(...args) {
    const line = `${process.pid} ${name} ${target(args)}`;
    if (attempts) appendFileSync(attempts, `${line}\n`);
    throw new Error(`network trap: ${line}`);
  };
}

function replace(owner, key, name) {
  if (owner && typeof owner[key] === "function") owner[key] = trap(name);
}

replace(net.Socket.prototype, "connect", "net.Socket.connect");
replace(net, "connect", "net.connect");
replace(net, "createConnection", "net.createConnection");
replace(net.Server.prototype, "listen", "net.Server.listen");
replace(tls, "connect", "tls.connect");
replace(dgram, "createSocket", "dgram.createSocket");
replace(dgram.Socket.prototype, "bind", "dgram.Socket.bind");
replace(dgram.Socket.prototype, "send", "dgram.Socket.send");
replace(dgram.Socket.prototype, "connect", "dgram.Socket.connect");
const resolving = (k) => k === "lookup" || k === "lookupService" || k === "reverse" || k.startsWith("resolve");
for (const [owner, label] of [
  [dns, "dns"],
  [dns.promises, "dns.promises"],
  [dns.Resolver.prototype, "dns.Resolver"],
  [dns.promises.Resolver.prototype, "dns.promises.Resolver"],
]) {
  for (const k of Object.getOwnPropertyNames(owner)) if (resolving(k)) replace(owner, k, `${label}.${k}`);
}
replace(http, "request", "http.request");
replace(http, "get", "http.get");
replace(https, "request", "https.request");
replace(https, "get", "https.get");
replace(http2, "connect", "http2.connect");
for (const k of ["fetch", "WebSocket", "EventSource"]) replace(globalThis, k, k);
// Named imports (`import { connect } from "node:net"`) read the patched functions too.
syncBuiltinESMExports();

if (loaded) appendFileSync(loaded, `${process.pid} ${process.argv.slice(1).join(" ").slice(0, 200)}\n`);
