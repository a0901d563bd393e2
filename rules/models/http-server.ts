// Incoming HTTP requests: whoever can reach the port chooses the URL, headers
// and body. Kind `http-request`; the injection rules treat it like a tool
// argument (a static file server that joins `req.url` onto its root is path
// traversal whether or not an MCP client is involved).
import type { EntryGetterRow, LibraryModel, SourceRow, StepRow } from "../../analyzer/taint/spec.js";

const NODE_SERVERS = ["http", "https", "http2"];
const ROUTE_METHODS = "Member[get,post,put,patch,delete,all,use,head,options]";

function requestOf(pkg: string, callee: string, argument: string, note: string): SourceRow {
  return { package: pkg, path: `${callee}.${argument}.Parameter[0]`, kind: "http-request", name: "HTTP request", note };
}

/** A header read by name is that header, not the whole set: `new Headers(req.headers).get("authorization")` is `req.headers.authorization`. */
const headerGetters: StepRow[] = [
  { package: "global", path: "Member[Headers].Instance.Member[get]", input: "Argument[this]", output: "ReturnValue", readsProperty: { at: "Argument[0]" }, note: "`headers.get(name)` of a fetch Headers object" },
];

/** express's `req.get(name)` and `req.header(name)` read the request header of that name (names are case-insensitive). */
const requestHeaderGetters: EntryGetterRow[] = [{ methods: ["get", "header"], field: "headers", at: "Argument[0]", lowerCase: true, note: "`req.get(name)`, `req.header(name)`: `req.headers[name]`" }];

export const httpServerModel: LibraryModel = {
  steps: headerGetters,
  entryGetters: requestHeaderGetters,
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

// ---------------------------------------------------------------- listeners
// Where a server opens a port and which interface it binds (exposed-listener).
// Node's `listen(port)` with no host, `ws` and `@hono/node-server` without one
// bind every interface; fastify's `listen({ port })` binds localhost.

/** A call that opens a listening port, and where its host is. */
export interface ListenerRow {
  /** `listen` on any receiver; a constructor (`new WebSocketServer(opts)`); a function (`serve(opts)`). */
  shape: "method" | "constructor" | "function";
  /** The method, class or function names (the last name of the callee). */
  names: readonly string[];
  /** `positional`: `(port, host?, …)`; `options`: `({ port, <hostOption> })` in the first argument. */
  host: { positional: true } | { option: string };
  /** The interface bound when no host is given. */
  defaultHost: "all" | "loopback";
  /** Packages that make the default loopback instead, when the module imports one of them. */
  loopbackDefaultIn?: readonly string[];
  /** Options that mean the call binds no port of its own (it rides on another server). */
  attachedWhen?: readonly string[];
  transport: "http" | "websocket";
  note: string;
}

export const LISTENER_ROWS: readonly ListenerRow[] = [
  { shape: "method", names: ["listen"], host: { positional: true }, defaultHost: "all", transport: "http", note: "http/https/net `server.listen(port, host?)`, express `app.listen(port, host?)`" },
  {
    shape: "method",
    names: ["listen"],
    host: { option: "host" },
    defaultHost: "all",
    loopbackDefaultIn: ["fastify"],
    transport: "http",
    note: "`server.listen({ port, host })`: Node binds every interface without a host; fastify binds localhost",
  },
  { shape: "constructor", names: ["WebSocketServer", "Server"], host: { option: "host" }, defaultHost: "all", attachedWhen: ["server", "noServer"], transport: "websocket", note: "ws `new WebSocketServer({ port, host })`; `{ server }` or `{ noServer }` rides on an HTTP server" },
  { shape: "function", names: ["serve"], host: { option: "hostname" }, defaultHost: "all", transport: "http", note: "@hono/node-server `serve({ fetch, port, hostname })`, Bun.serve" },
];

/** Hosts that bind every interface. */
export const ALL_INTERFACES = /^(?:0\.0\.0\.0|::|\[::\]|\*|)$/;
/** Hosts that bind the loopback interface only. */
export const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i;

/** Classes whose presence makes a package's HTTP listener an MCP endpoint. */
export const MCP_HTTP_TRANSPORTS: readonly string[] = ["StreamableHTTPServerTransport", "SSEServerTransport", "createMcpExpressApp"];

/**
 * What an endpoint checks before it serves a request. Request headers read by
 * name: a credential header means a token check; `origin` means an Origin check.
 * Names of library helpers and options that do either.
 */
export const CREDENTIAL_HEADERS = /^(?:authorization|proxy-authorization|x-api-key|x-auth-token|api-key|x-mcp-token|x-access-token)$/i;
export const ORIGIN_HEADERS = /^(?:origin)$/i;
/** Query parameters that carry an access token (`?token=`). */
export const TOKEN_QUERY_PARAMS = /^(?:token|access_token|api_key|apiKey|auth)$/;
export const TOKEN_CHECK_NAMES: readonly string[] = ["requireBearerAuth", "bearerAuth", "basicAuth", "jwtVerify", "verifyAccessToken"];
/**
 * DNS-rebinding defences: the SDK transport's `allowedOrigins` / `allowedHosts` /
 * `enableDnsRebindingProtection`, its host-validating middleware (which
 * `createMcpExpressApp` applies on localhost), ws's `verifyClient` hook.
 */
export const ORIGIN_CHECK_NAMES: readonly string[] = ["allowedOrigins", "allowedHosts", "enableDnsRebindingProtection", "hostHeaderValidation", "localhostHostValidation", "verifyClient"];
/** App factories that validate the Host header when their `host` option is loopback or left at its loopback default. */
export const LOOPBACK_VALIDATING_APPS: readonly string[] = ["createMcpExpressApp"];
