// exposed-listener: an MCP server reachable over HTTP or WebSocket by anyone
// who can reach the port. On every interface, any host of the network can call
// its tools; on loopback, any web page the user opens can, through a
// WebSocket (no same-origin rule) or DNS rebinding, unless the endpoint checks
// a token or the request's Origin. The listeners, their default hosts and the
// checks that count are data (rules/models/http-server.ts).
import type { TSESTree } from "@typescript-eslint/types";
import { calleeName, locationOf, propertyName, stringLiteralValue, unwrapExpression, walk } from "../analyzer/parse/ast.js";
import { isFunctionNode } from "../analyzer/mcp/context.js";
import { requireSpecifier } from "../analyzer/program/constants.js";
import { packageOfSpecifier } from "../analyzer/program/resolve.js";
import type { ParsedModule } from "../analyzer/types.js";
import { UNKNOWN_PART } from "../analyzer/taint/values.js";
import {
  ALL_INTERFACES,
  CREDENTIAL_HEADERS,
  LISTENER_ROWS,
  LOOPBACK,
  LOOPBACK_VALIDATING_APPS,
  MCP_HTTP_TRANSPORTS,
  ORIGIN_CHECK_NAMES,
  ORIGIN_HEADERS,
  TOKEN_CHECK_NAMES,
  TOKEN_QUERY_PARAMS,
  type ListenerRow,
} from "./models/http-server.js";
import { CREDENTIAL_ENV } from "./models/capabilities.js";
import type { Rule, RuleContext } from "./types.js";
import { folderFor } from "./util/outbound.js";

type Call = TSESTree.CallExpression | TSESTree.NewExpression;
type Bind = "all" | "loopback";

interface Listener {
  call: Call;
  module: ParsedModule;
  row: ListenerRow;
}

interface Seen {
  listeners: Listener[];
  /** Modules that name an MCP HTTP transport. */
  transportModules: Set<string>;
  /** Packages each module imports. */
  imports: Map<string, Set<string>>;
  tokenCheck: boolean;
  originCheck: boolean;
  loopbackApps: { call: TSESTree.CallExpression; module: ParsedModule }[];
}

const seenBy = new WeakMap<RuleContext, Seen>();
const TOKEN_NAMES = new Set(TOKEN_CHECK_NAMES);
const ORIGIN_NAMES = new Set(ORIGIN_CHECK_NAMES);
const TRANSPORT_NAMES = new Set(MCP_HTTP_TRANSPORTS);
const LOOPBACK_APPS = new Set(LOOPBACK_VALIDATING_APPS);
const HEADER_GETTERS = new Set(["get", "header", "getHeader"]);

const ENV_NAME = /\benv(?:\.|\[\s*["'`])([A-Za-z_][A-Za-z0-9_]*)/g;

/** Some module reads an environment variable whose name says credential (`DISCORD_TOKEN`); a module whose text is not at hand might. */
function readsCredential(ctx: RuleContext): boolean {
  return ctx.program.modules.some((m) => m.text === undefined || [...m.text.matchAll(ENV_NAME)].some((x) => CREDENTIAL_ENV.test(x[1])));
}

function firstObject(call: Call): TSESTree.ObjectExpression | undefined {
  const a = call.arguments[0] && unwrapExpression(call.arguments[0]);
  return a?.type === "ObjectExpression" ? a : undefined;
}

function option(obj: TSESTree.ObjectExpression, name: string): TSESTree.Property | undefined {
  return obj.properties.find((p): p is TSESTree.Property => p.type === "Property" && propertyName(p) === name);
}

/** The listener row a call matches, if any. */
function rowOf(call: Call): ListenerRow | undefined {
  const name = calleeName(call);
  if (!name) return undefined;
  const callee = unwrapExpression(call.callee);
  const shape = call.type === "NewExpression" ? "constructor" : callee.type === "MemberExpression" ? "method" : "function";
  const obj = firstObject(call);
  for (const row of LISTENER_ROWS) {
    if (!row.names.includes(name)) continue;
    if (row.shape === "function" ? call.type === "NewExpression" : row.shape !== shape) continue;
    if ("positional" in row.host) {
      if (obj || call.arguments.length === 0) continue;
    } else if (!obj || !option(obj, "port")) continue;
    // `new Server({ port })` is ws's only when the options say so: another library's Server takes other options.
    if (row.attachedWhen?.some((o) => option(obj!, o))) return undefined;
    return row;
  }
  return undefined;
}

/** The interface a listener binds: undefined when the host comes from somewhere the scan cannot read (the user chooses). */
function bindOf(ctx: RuleContext, l: Listener, imports: Set<string> | undefined): Bind | "socket" | undefined {
  const { call, module, row } = l;
  let hostNode: TSESTree.Node | undefined;
  if ("positional" in row.host) {
    const port = call.arguments[0];
    if (port.type !== "SpreadElement" && ctx.taint.constantsOf(port, module).some((c) => /^[/\\]/.test(c))) return "socket";
    const second = call.arguments[1] && unwrapExpression(call.arguments[1]);
    // `listen(port, onListening)`: a callback where the host would go is no host.
    // A name is followed by the program's resolver, so a callback imported from another module is one too.
    const callback = second && (second.type === "ArrowFunctionExpression" || second.type === "FunctionExpression" || (second.type === "Identifier" && isCallbackName(ctx, second, module)));
    if (second && !callback && second.type !== "SpreadElement" && second.type !== "Literal") hostNode = second;
    else if (second?.type === "Literal" && typeof second.value === "string") hostNode = second;
  } else {
    const p = option(firstObject(call)!, row.host.option);
    if (p) hostNode = p.value;
  }
  if (!hostNode) {
    const loopbackDefault = row.loopbackDefaultIn?.some((pkg) => imports?.has(pkg));
    return loopbackDefault ? "loopback" : row.defaultHost;
  }
  const literal = stringLiteralValue(hostNode);
  // Alternatives the scan cannot read (a flag, an env var) are the user's choice: the constant ones are the defaults.
  const hosts = literal !== undefined ? [literal] : ctx.taint.constantsOf(hostNode, module).filter((h) => !h.includes(UNKNOWN_PART));
  // A port number passed where the host goes (`listen(port, backlog)`) says nothing; neither does an unknown host.
  if (hosts.some((h) => ALL_INTERFACES.test(h))) return "all";
  if (hosts.length > 0 && hosts.every((h) => LOOPBACK.test(h))) return "loopback";
  return undefined;
}

/** A name bound to a function, here or in a module it imports (`listen(port, onListening)`). */
function isCallbackName(ctx: RuleContext, name: TSESTree.Identifier, module: ParsedModule): boolean {
  const target = folderFor(ctx.program).resolve(name, module);
  return !!target && target.node !== name && isFunctionNode(target.node);
}

function noteImport(seen: Seen, module: ParsedModule, spec: string): void {
  const set = seen.imports.get(module.path) ?? new Set<string>();
  set.add(packageOfSpecifier(spec));
  seen.imports.set(module.path, set);
}

/** `headers.authorization`, `headers["x-api-key"]`, `headers.origin`: a request header read by name. */
function headerRead(node: TSESTree.MemberExpression): string | undefined {
  const object = unwrapExpression(node.object);
  if (object.type !== "MemberExpression" || propertyName(object) !== "headers") return undefined;
  return propertyName(node);
}

/**
 * The SDK's own transports and check helpers, as a bundle that inlines the SDK
 * defines them: the SDK's transport reads the Origin header and its
 * `requireBearerAuth` the Authorization header whether or not the server uses
 * them. A check inside one of these definitions is the SDK's, not the server's;
 * the server's use of them (`requireBearerAuth(...)`, an `allowedOrigins` option) is.
 */
const SDK_DEFINITIONS = new Set([...MCP_HTTP_TRANSPORTS, ...TOKEN_CHECK_NAMES, ...ORIGIN_CHECK_NAMES, ...LOOPBACK_VALIDATING_APPS]);
const definitionsOf = new WeakMap<ParsedModule, (readonly [number, number])[]>();

function sdkDefinitions(module: ParsedModule): (readonly [number, number])[] {
  let found = definitionsOf.get(module);
  if (found) return found;
  const ranges: (readonly [number, number])[] = [];
  walk(module.ast, {
    enter(n) {
      const named = (n.type === "ClassDeclaration" || n.type === "ClassExpression" || n.type === "FunctionDeclaration" || n.type === "FunctionExpression") && n.id && SDK_DEFINITIONS.has(n.id.name);
      if (named) ranges.push(n.range);
      else if (n.type === "VariableDeclarator" && n.id.type === "Identifier" && SDK_DEFINITIONS.has(n.id.name) && n.init) {
        const init = unwrapExpression(n.init);
        if (init.type === "ArrowFunctionExpression" || init.type === "FunctionExpression" || init.type === "ClassExpression") ranges.push(init.range);
      }
    },
  });
  found = ranges;
  definitionsOf.set(module, found);
  return found;
}

/** A check the SDK's own code makes (see SDK_DEFINITIONS). Definitions are only looked for once a module shows a check. */
function inSdkDefinition(node: TSESTree.Node, module: ParsedModule): boolean {
  return sdkDefinitions(module).some(([start, end]) => node.range[0] >= start && node.range[1] <= end);
}

function noteHeader(seen: Seen, name: string | undefined): void {
  if (name === undefined) return;
  if (CREDENTIAL_HEADERS.test(name)) seen.tokenCheck = true;
  if (ORIGIN_HEADERS.test(name)) seen.originCheck = true;
}

const FIX_ALL = "Bind the server to 127.0.0.1 unless it is meant to be remote, and require a bearer token on the MCP endpoint (the SDK's `requireBearerAuth`); check the `Origin` header against an allow-list (the SDK transport's `allowedOrigins` with `enableDnsRebindingProtection`).";
const FIX_LOOPBACK = "Check the `Origin` (or `Host`) header against an allow-list before serving the endpoint (the SDK transport's `enableDnsRebindingProtection` with `allowedHosts`/`allowedOrigins`, or `createMcpExpressApp()`), or require a token the client is given out of band.";

export const exposedListener: Rule = {
  meta: {
    id: "exposed-listener",
    title: "MCP endpoint exposed without a token or Origin check",
    defaultSeverity: "high",
    threat: "malicious-server",
    cwe: [306, 1385],
    summary: "The server listens on HTTP or WebSocket with no token or Origin check: other hosts or web pages can call its tools.",
    description:
      "An MCP server on an HTTP (Streamable HTTP, SSE) or WebSocket transport opens a port. Bound to every interface (`listen(port)` with no host, host `0.0.0.0` or `::`, `new WebSocketServer({ port })`), any host of the network can connect and call its tools with the user's files and credentials: high; medium when every tool's handler was found, none reaches a file, a process, the network, a credential or a database, and the package reads no credential from the environment. Bound to loopback, any web page the user opens can still reach it, a WebSocket directly (WebSockets have no same-origin rule) and HTTP through DNS rebinding, unless the endpoint checks the `Origin` or `Host` header: medium. A bearer-token check (`Authorization`, `x-api-key`, the SDK's `requireBearerAuth`), an Origin allow-list or the SDK's DNS-rebinding protection anywhere in the package counts as a check, as does ws's `verifyClient`; the header reads inside the SDK's own transport and helpers, which a bundle may inline, do not. An HTTP listener counts as the MCP endpoint in a package that uses an MCP HTTP transport (in the listener's own module when the package opens several ports); a WebSocket listener counts in any MCP server. A host the user configures with no default is left alone.",
    help: [
      "**Why it matters.** Tools run with the user's rights. A port open to the network is a remote shell for whoever finds it; a loopback port without an Origin check is one for every web page, through a WebSocket or DNS rebinding.",
      "",
      "**How to fix.** Bind to loopback and check where requests come from, or require a token:",
      "",
      "```ts",
      "const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: randomUUID, enableDnsRebindingProtection: true, allowedHosts: ['127.0.0.1'] });",
      "app.listen(3000, '127.0.0.1');",
      "```",
    ].join("\n"),
    precision: "medium",
  },
  visitors(ctx) {
    const seen: Seen = { listeners: [], transportModules: new Set(), imports: new Map(), tokenCheck: false, originCheck: false, loopbackApps: [] };
    seenBy.set(ctx, seen);
    const assigned = new WeakSet<TSESTree.Node>();
    const onCall = (call: Call, module: ParsedModule) => {
      const row = rowOf(call);
      if (row) seen.listeners.push({ call, module, row });
      const name = calleeName(call);
      if (!name) return;
      if (TRANSPORT_NAMES.has(name)) seen.transportModules.add(module.path);
      const checks = TOKEN_NAMES.has(name) || ORIGIN_NAMES.has(name) || LOOPBACK_APPS.has(name) || HEADER_GETTERS.has(name);
      if (!checks || inSdkDefinition(call, module)) return;
      if (TOKEN_NAMES.has(name)) seen.tokenCheck = true;
      if (ORIGIN_NAMES.has(name)) seen.originCheck = true;
      if (call.type === "CallExpression" && LOOPBACK_APPS.has(name)) seen.loopbackApps.push({ call, module });
      // `req.get("authorization")`, `req.header("Origin")`, `c.req.header("x-api-key")`, `headers.get("origin")`, `searchParams.get("token")`.
      if (call.type === "CallExpression" && HEADER_GETTERS.has(name)) {
        const key = stringLiteralValue(call.arguments[0]);
        noteHeader(seen, key);
        const callee = unwrapExpression(call.callee);
        if (key && callee.type === "MemberExpression" && TOKEN_QUERY_PARAMS.test(key)) {
          const receiver = unwrapExpression(callee.object);
          if (receiver.type === "MemberExpression" && propertyName(receiver) === "searchParams") seen.tokenCheck = true;
        }
      }
    };
    return {
      CallExpression(node, module) {
        onCall(node, module);
        const spec = requireSpecifier(node);
        if (spec) noteImport(seen, module, spec);
      },
      NewExpression: onCall,
      ImportDeclaration(node, module) {
        noteImport(seen, module, node.source.value);
        for (const s of node.specifiers) if (s.type === "ImportSpecifier" && TRANSPORT_NAMES.has(s.local.name)) seen.transportModules.add(module.path);
      },
      // `config.headers.Authorization = …` sets a header on an outgoing request: no check.
      AssignmentExpression(node) {
        const left = unwrapExpression(node.left);
        if (left.type === "MemberExpression") assigned.add(left);
      },
      MemberExpression(node, module) {
        const header = assigned.has(node) ? undefined : headerRead(node);
        const name = propertyName(node);
        const token = !!name && TOKEN_NAMES.has(name);
        if ((header === undefined && !token) || inSdkDefinition(node, module)) return;
        noteHeader(seen, header);
        if (token) seen.tokenCheck = true;
      },
      Property(node, module) {
        const name = node.computed ? undefined : propertyName(node);
        if (!name || !ORIGIN_NAMES.has(name)) return;
        const value = unwrapExpression(node.value as TSESTree.Node);
        if (value.type === "Literal" && value.value === false) return;
        if (!inSdkDefinition(node, module)) seen.originCheck = true;
      },
    };
  },
  check(ctx) {
    const seen = seenBy.get(ctx);
    if (!seen || seen.listeners.length === 0) return;
    const isServer = ctx.server.sdks.length > 0 || ctx.server.tools.length > 0;
    if (!isServer) return;
    const originCheck =
      seen.originCheck ||
      seen.loopbackApps.some(({ call, module }) => {
        const obj = firstObject(call);
        const host = obj && option(obj, "host");
        if (!host) return true;
        const hosts = ctx.taint.constantsOf(host.value, module);
        return hosts.length > 0 && hosts.every((h) => LOOPBACK.test(h));
      });
    if (seen.tokenCheck) return;
    const httpListeners = seen.listeners.filter((l) => l.row.transport === "http");
    // Every handler found, none reaching a file, process, network, credential or database, and no credential
    // read anywhere (a bot token read at startup is what an SDK client's calls carry, seen or not): the port
    // gives the network the server's CPU, not the user's things.
    const items = [...ctx.server.tools, ...ctx.server.resources, ...ctx.server.prompts];
    const reachesNothing = ctx.server.tools.length > 0 && !ctx.server.elsewhere && items.every((i) => i.handlerLocation !== undefined && i.capabilities.length === 0 && i.credentials.length === 0) && !readsCredential(ctx);
    for (const l of seen.listeners) {
      if (l.row.transport === "http") {
        if (seen.transportModules.size === 0) continue;
        // Several ports (an OAuth callback, a health page, the MCP endpoint): the one in a module that names the transport.
        if (httpListeners.length > 1 && !seen.transportModules.has(l.module.path)) continue;
      }
      const bind = bindOf(ctx, l, seen.imports.get(l.module.path));
      if (bind === undefined || bind === "socket") continue;
      if (originCheck) continue;
      const what = l.row.transport === "websocket" ? "A WebSocket server" : "The MCP HTTP endpoint";
      const where = bind === "all" ? "every network interface" : "loopback";
      const why =
        bind === "all"
          ? reachesNothing
            ? "any host that can reach the port can call the server's tools, though they reach none of the user's files, processes, network or credentials (the harm is the machine's CPU and memory)"
            : "any host that can reach the port can call the server's tools"
          : l.row.transport === "websocket"
            ? "any web page the user opens can connect to it (WebSockets have no same-origin rule)"
            : "any web page the user opens can reach it through DNS rebinding";
      ctx.report({
        severity: bind === "all" && !reachesNothing ? "high" : "medium",
        message: `${what} listens on ${where} with no token or Origin check: ${why}`,
        location: locationOf(l.module.path, l.call),
        fix: bind === "all" ? FIX_ALL : FIX_LOOPBACK,
        fingerprintKey: `${l.row.transport}|${bind}|${calleeName(l.call) ?? ""}`,
        properties: { transport: l.row.transport, bind, ...(reachesNothing ? { toolsReachNothing: true } : {}) },
      });
    }
  },
};
