// Incoming HTTP requests: whoever can reach the port chooses the URL, headers
// and body. Kind `http-request`; the injection rules treat it like a tool
// argument (a static file server that joins `req.url` onto its root is path
// traversal whether or not an MCP client is involved).
import type { LibraryModel, SourceRow } from "../../analyzer/taint/spec.js";

const NODE_SERVERS = ["http", "https", "http2"];
const ROUTE_METHODS = "Member[get,post,put,patch,delete,all,use,head,options]";

function requestOf(pkg: string, callee: string, argument: string, note: string): SourceRow {
  return { package: pkg, path: `${callee}.${argument}.Parameter[0]`, kind: "http-request", name: "HTTP request", note };
}

export const httpServerModel: LibraryModel = {
  sources: [
    ...NODE_SERVERS.flatMap((pkg) => [
      requestOf(pkg, "Member[createServer,createSecureServer]", "Argument[0]", `${pkg}.createServer(handler)`),
      requestOf(pkg, "Member[createServer,createSecureServer]", "Argument[1]", `${pkg}.createServer(options, handler)`),
      requestOf(pkg, "Member[createServer,createSecureServer].ReturnValue.Member[on,once,addListener]", "Argument[1]", `${pkg} server.on('request', handler)`),
      requestOf(pkg, "Member[Server].Instance.Member[on,once,addListener]", "Argument[1]", `new ${pkg}.Server().on('request', handler)`),
    ]),
    ...[1, 2, 3].flatMap((n) => [
      requestOf("express", `ReturnValue.${ROUTE_METHODS}`, `Argument[${n}]`, "express route handler"),
      requestOf("express", `Member[Router].ReturnValue.${ROUTE_METHODS}`, `Argument[${n}]`, "express router handler"),
    ]),
    requestOf("express", `ReturnValue.${ROUTE_METHODS}`, "Argument[0]", "express middleware without a path"),
    requestOf("connect", `ReturnValue.Member[use]`, "Argument[0]", "connect middleware"),
    requestOf("connect", `ReturnValue.Member[use]`, "Argument[1]", "connect middleware with a path"),
  ],
};
