// When a package registers no tool, prompt or resource, where does its server
// live? Four answers a reader can act on: a native binary (the package picks a
// platform package from its optionalDependencies, or ships an executable and
// starts it), a remote server it proxies to (an MCP client transport to a URL),
// a shim that starts another program and relays to it (an MCP stdio client
// transport, or a launcher that spawns a fixed program), and a dependency the
// package imports its server from. Each is read from the package's own facts
// and code, never from its name.
import { isBuiltin } from "node:module";
import type { TSESTree } from "@typescript-eslint/types";
import { requireSpecifier, type ConstantFolder } from "../program/constants.js";
import type { Program } from "../program/index.js";
import { entryModules } from "../program/reach.js";
import { isIdentifier, locationOf, propertyName, returnStatements, stringLiteralValue, unwrapExpression, walk, type Node } from "../parse/ast.js";
import type { FunctionNode } from "../taint/spec.js";
import type { ParsedModule, ServerElsewhere } from "../types.js";
import { propertyOf } from "./context.js";
import { calleeName } from "./high-level.js";
import { LANGUAGE_EXTENSIONS, LANGUAGE_PROGRAMS } from "../../rules/models/languages.js";
import { HTTP_ERROR_SHAPES } from "../../rules/models/errors.js";

/** `-linux-x64`, `-darwin-arm64`, `-win32-x64-msvc`: a platform build of the same program. */
const PLATFORM_SUFFIX = /[-_.](linux|darwin|win32|windows|macos|freebsd)([-_.](x64|arm64|ia32|x86|amd64|aarch64|arm|musl|gnu|msvc))*$/i;
const HTTP_CLIENT_TRANSPORTS = new Set(["StreamableHTTPClientTransport", "SSEClientTransport", "WebSocketClientTransport"]);
const STDIO_CLIENT_TRANSPORT = "StdioClientTransport";
/** A name that says MCP: `mcp-core`, `decorateMCPCommand`, `createMcpServer`. */
const MCP_NAME = /mcp/i;
const SPAWNERS = new Set(["spawn", "spawnSync", "execFile", "execFileSync", "execa", "execaSync", "fork"]);

/** Where the server is, when the package itself registers nothing; undefined when nothing says. */
export function serverElsewhere(program: Program, folder: ConstantFolder, constructsServer: boolean, holdsServerCode = false): ServerElsewhere | undefined {
  // Platform builds of this package's own program (`@azure/mcp-linux-x64` for `@azure/mcp`), not of a native library it uses.
  const own = (program.facts.name ?? "").replace(/^@[^/]+\//, "");
  const platforms = Object.keys(program.facts.optionalDependencies).filter((d) => PLATFORM_SUFFIX.test(d) && own !== "" && d.replace(/^@[^/]+\//, "").startsWith(own));
  if (platforms.length > 0) {
    return {
      kind: "native-binary",
      where: platforms.length === 1 ? platforms[0] : `${platforms[0]} and ${platforms.length - 1} other platform package${platforms.length > 2 ? "s" : ""}`,
      reason: `the server is a native program shipped in platform packages (${platforms.slice(0, 3).join(", ")}${platforms.length > 3 ? ", …" : ""}), which JavaScript analysis cannot read`,
    };
  }
  const entries = new Set(entryModules(program));
  let remote: ServerElsewhere | undefined;
  let shim: ServerElsewhere | undefined;
  let foreign: ServerElsewhere | undefined;
  /** `server.fallbackRequestHandler = …`: one handler for every request method, and whether the package sends requests out. */
  let fallback: { node: Node; module: ParsedModule } | undefined;
  let requestsOut = false;
  const addresses: { value: string; node: Node; module: ParsedModule }[] = [];
  for (const module of program.modules) {
    // A hand-written relay: the module reads the client's messages from stdin and sends requests out.
    let readsStdin = false;
    let request: TSESTree.CallExpression | undefined;
    let httpImported = false;
    const urls: { value: string; node: Node; fallbackValue?: boolean }[] = [];
    walk(module.ast, {
      enter(n) {
        if (n.type === "NewExpression") {
          const name = calleeName(n.callee) ?? "";
          if (!remote && (HTTP_CLIENT_TRANSPORTS.has(name) || extendsOneOf(n.callee, module, folder, HTTP_CLIENT_TRANSPORTS))) remote = remoteProxy(n, module, folder);
          else if (!shim && name === STDIO_CLIENT_TRANSPORT) shim = stdioShim(n, module, folder);
        } else if (n.type === "CallExpression") {
          if (!foreign && entries.has(module)) foreign = otherLanguage(n, module, folder);
          if (!shim && entries.has(module)) shim = launcher(n, module, folder);
          const spec = requireSpecifier(n);
          if (spec && isHttpModule(spec)) httpImported = true;
          if (!request && isRequest(n)) request = n;
        } else if (n.type === "AssignmentExpression" && n.left.type === "MemberExpression" && propertyName(n.left) === FALLBACK_HANDLER) {
          fallback ??= { node: n, module };
        } else if (n.type === "ImportDeclaration" && isHttpModule(String(n.source.value))) {
          httpImported = true;
        } else if (n.type === "MemberExpression" && !n.computed && isIdentifier(n.object, "process") && propertyName(n) === "stdin") {
          readsStdin = true;
        } else if (n.type === "VariableDeclarator" && n.init) {
          // `const DEFAULT_ENDPOINT = "https://…/mcp"`: an address the module names.
          const value = stringLiteralValue(unwrapExpression(n.init));
          if (value && /^(https?|wss?):\/\//.test(value)) urls.push({ value, node: n.init });
        } else if (n.type === "LogicalExpression" && (n.operator === "||" || n.operator === "??")) {
          // `process.env.ENDPOINT || "https://…"`: the address used unless the user overrides it.
          const value = stringLiteralValue(unwrapExpression(n.right));
          if (value && /^(https?|wss?):\/\//.test(value)) urls.push({ value, node: n.right, fallbackValue: true });
        }
      },
    });
    if (request) requestsOut = true;
    // A bundle's constants hold any address (a homepage, a docs link): only a default the user can override names the remote server.
    addresses.push(...urls.filter((u) => u.fallbackValue).map((u) => ({ ...u, module })));
    // A package with the SDK (imported or bundled) serves MCP itself: its stdin is the SDK transport's, its requests its tools'.
    if (!remote && !holdsServerCode && readsStdin && request && (httpImported || isGlobalFetch(request)) && entries.has(module)) remote = stdinRelay(request, urls, module);
  }
  // A server that answers every method with one handler and registers nothing of its own forwards what it is asked.
  if (!remote && fallback && requestsOut) remote = forwardingServer(fallback, addresses);
  // A launcher that runs code of another language (`dart run bin/server.dart`, `python3 server.py`): the server is that code.
  if (foreign) return shim && shim.location?.line !== foreign.location?.line ? { ...foreign, reason: `${foreign.reason} (the entry point may start a prebuilt program instead)` } : foreign;
  const shimFirst = shim && entries.has(program.byPath.get(shim.location?.file ?? "") as ParsedModule);
  if (shimFirst) return shim;
  if (remote) return remote;
  if (shim) return shim;
  // A package that builds its own server but whose tools we did not find is our miss, not a dependency's server.
  return constructsServer ? undefined : (fromDependency(program, entries, folder) ?? shippedInOtherLanguage(program));
}

/** A file or folder name that says it holds a server: `mcp/ps-mcp.py`, `server/main.go`. */
const SERVER_PATH = /(^|[\/_.-])(mcp|server)([\/_.-]|$)/i;
/** How many of the files are named in the reason. */
const NAMED_FILES = 3;

/**
 * A package whose JavaScript registers nothing and starts nothing, but which ships source files of another language
 * named like a server (`mcp/server.py`): the client is configured to run that code, which this scan does not read.
 */
function shippedInOtherLanguage(program: Program): ServerElsewhere | undefined {
  const byLanguage = new Map<string, string[]>();
  for (const file of program.facts.files ?? []) {
    const language = extensionLanguage(file);
    if (!language || !SERVER_PATH.test(file)) continue;
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), file]);
  }
  const [language, all] = [...byLanguage].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!language || !all) return undefined;
  // A file whose own name says server (`ps-mcp.py`) before its neighbours in a server folder (`mcp/core.py`).
  const namedServer = (f: string) => SERVER_PATH.test(f.split("/").pop() ?? "");
  const files = [...all.filter(namedServer), ...all.filter((f) => !namedServer(f))];
  const named = `${files.slice(0, NAMED_FILES).join(", ")}${files.length > NAMED_FILES ? `, and ${files.length - NAMED_FILES} more` : ""}`;
  return {
    kind: "other-language",
    where: `${language}: ${files[0]}`,
    reason: `the package's JavaScript registers no tool and starts no server, but it ships ${language} server code (${named}): the server is that code, and this scan reads JavaScript and TypeScript only`,
  };
}

/** `class ContextAwareTransport extends StreamableHTTPClientTransport`: an instance of a subclass is an instance of the class it extends. */
function extendsOneOf(callee: Node, module: ParsedModule, folder: ConstantFolder, names: ReadonlySet<string>): boolean {
  let at: Node = callee;
  let where = module;
  for (let depth = 0; depth < 4; depth++) {
    const cls = folder.resolve(at, where);
    if (!cls || (cls.node.type !== "ClassDeclaration" && cls.node.type !== "ClassExpression") || !cls.node.superClass) return false;
    const parent = cls.node.superClass;
    if (names.has(calleeName(parent) ?? "")) return true;
    at = parent;
    where = cls.module;
  }
  return false;
}

function remoteProxy(n: TSESTree.NewExpression, module: ParsedModule, folder: ConstantFolder): ServerElsewhere {
  const url = urlOf(n.arguments[0], module, folder);
  return {
    kind: "remote-proxy",
    where: url ?? "a URL chosen at run time",
    reason: `the package relays MCP messages to a remote server (${url ?? "its address is given at run time"}); the tools run there and are not in this package`,
    location: locationOf(module.path, n),
  };
}

/** The SDK server's handler for methods that have none of their own. */
const FALLBACK_HANDLER = "fallbackRequestHandler";

/** A server whose fallback handler takes every request and whose package sends requests out: it forwards to a remote server. */
function forwardingServer(fallback: { node: Node; module: ParsedModule }, addresses: { value: string; node: Node; module: ParsedModule }[]): ServerElsewhere {
  const url = addresses[0];
  return {
    kind: "remote-proxy",
    where: url?.value ?? "a URL chosen at run time",
    reason: `the package's server registers no tool of its own and answers every request with one fallback handler that forwards it over HTTP to a remote server (${url ? url.value : "its address is given at run time"}); the tools run there and are not in this package`,
    location: locationOf(fallback.module.path, fallback.node),
  };
}

/** Calls that send a request: `fetch(…)`, `https.request(…)`, `http.get(…)`, `axios.post(…)`. */
const REQUEST_CALLEES = new Set(["fetch", "request", "axios", "got", "undiciRequest"]);

/** Node's HTTP modules and the HTTP client packages the errors model describes (rules/models/errors.ts). */
const HTTP_BUILTINS = /^(node:)?(https?|http2)$/;
const HTTP_PACKAGES: ReadonlySet<string> = new Set(HTTP_ERROR_SHAPES.map((s) => s.library).filter((l) => l !== "global"));

/** Modules that send HTTP requests: with one of them imported, `transport.request(…)` is a request whatever the variable is called. */
function isHttpModule(spec: string): boolean {
  return HTTP_BUILTINS.test(spec) || HTTP_PACKAGES.has(spec.split("/")[0]);
}

function isRequest(n: TSESTree.CallExpression): boolean {
  const c = unwrapExpression(n.callee);
  if (c.type === "Identifier") return REQUEST_CALLEES.has(c.name);
  if (c.type !== "MemberExpression") return false;
  const method = propertyName(c) ?? "";
  // `.get(…)` is every Map's too: a request only on an HTTP module's own name.
  return ["request", "post", "put"].includes(method) || (method === "get" && c.object.type === "Identifier" && /^(https?|axios|got)$/.test(c.object.name));
}

function isGlobalFetch(n: TSESTree.CallExpression): boolean {
  return isIdentifier(unwrapExpression(n.callee), "fetch");
}

/** A module that reads JSON-RPC lines from stdin and sends each one out over HTTP: a proxy written without the SDK. */
function stdinRelay(request: TSESTree.CallExpression, urls: { value: string; node: Node }[], module: ParsedModule): ServerElsewhere {
  const url = urls[0];
  return {
    kind: "remote-proxy",
    where: url?.value ?? "a URL chosen at run time",
    reason: `the package reads the client's messages from stdin and relays them over HTTP to a remote server (${url ? url.value : "its address is given at run time"}); the tools run there and are not in this package`,
    location: locationOf(module.path, url?.node ?? request),
  };
}

/** `new URL("https://…")`, a constant, or a template with a constant origin. */
function urlOf(arg: Node | undefined, module: ParsedModule, folder: ConstantFolder): string | undefined {
  if (!arg || arg.type === "SpreadElement") return undefined;
  const a = unwrapExpression(arg);
  if (a.type === "NewExpression" && calleeName(a.callee) === "URL") return urlOf(a.arguments[0], module, folder);
  const value = folder.string(a, module);
  return value && /^(https?|wss?):\/\//.test(value) ? value : undefined;
}

function stdioShim(n: TSESTree.NewExpression, module: ParsedModule, folder: ConstantFolder): ServerElsewhere {
  const options = n.arguments[0] && n.arguments[0].type === "ObjectExpression" ? n.arguments[0] : undefined;
  const command = options ? propertyOf(options, "command") : undefined;
  const program = command ? folder.string(command, module) : undefined;
  return {
    kind: "shim",
    where: program ?? "a command given at run time",
    reason: `the package starts another MCP server (${program ?? "a command given at run time"}) and relays to it; the tools are that program's`,
    location: locationOf(module.path, n),
  };
}

/**
 * `spawn("dart", ["run", serverScript, …])`, `execFile("python3", ["server.py"])`: a launcher whose program
 * runs another language's code (rules/models/languages.ts), by the program's name or a source file it is given.
 */
function otherLanguage(n: TSESTree.CallExpression, module: ParsedModule, folder: ConstantFolder): ServerElsewhere | undefined {
  const name = calleeName(n.callee);
  if (!name || !SPAWNERS.has(name) || !n.arguments[0] || n.arguments[0].type === "SpreadElement") return undefined;
  const program = folder.string(n.arguments[0], module);
  // A program chosen at run time (`venvPython`) still tells its language by the source file it is given.
  const base = program === undefined ? "…" : (program.split(/[\\/]/).pop() ?? program);
  const args = n.arguments[1] && n.arguments[1].type !== "SpreadElement" ? folder.resolve(n.arguments[1], module) : undefined;
  const words: string[] = [];
  if (args && args.node.type === "ArrayExpression") {
    for (const el of args.node.elements) {
      if (!el || el.type === "SpreadElement") continue;
      const word = folder.string(el, args.module) ?? sourceFileOf(el, args.module, folder);
      if (word !== undefined) words.push(word);
    }
  }
  const file = [base, ...words].find((w) => extensionLanguage(w) !== undefined);
  const language = LANGUAGE_PROGRAMS[base.replace(/\.exe$/i, "")] ?? (file ? extensionLanguage(file) : undefined);
  if (!language) return undefined;
  const line = [base, ...words].join(" ");
  return {
    kind: "other-language",
    where: `${language}: \`${line}\``,
    reason: `the package's entry point runs ${language} code (\`${line}\`) and hands it the MCP connection; this scan reads JavaScript and TypeScript only`,
    location: locationOf(module.path, n),
  };
}

/**
 * `path.join(dir, "bin", "server.dart")`, `fileURLToPath(new URL("../server/main.py", import.meta.url))`, a local bound
 * to one: the constant source file name a path-building call is given.
 */
function sourceFileOf(node: Node, module: ParsedModule, folder: ConstantFolder, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  const value = folder.string(node, module);
  if (value !== undefined) return extensionLanguage(value) ? value : undefined;
  const target = folder.resolve(node, module);
  const at = target?.module ?? module;
  const n = target ? unwrapExpression(target.node) : unwrapExpression(node);
  if (n.type !== "CallExpression" && n.type !== "NewExpression") return undefined;
  for (const a of n.arguments) {
    const found = a.type === "SpreadElement" ? undefined : sourceFileOf(a, at, folder, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function extensionLanguage(word: string): string | undefined {
  const m = /(\.[A-Za-z]+)$/.exec(word);
  return m ? LANGUAGE_EXTENSIONS[m[1]] : undefined;
}

/** `spawn("docker", [...])`, `execFileSync(binaryPath, …)` in an entry module: a launcher. */
function launcher(n: TSESTree.CallExpression, module: ParsedModule, folder: ConstantFolder): ServerElsewhere | undefined {
  const name = calleeName(n.callee);
  if (!name || !SPAWNERS.has(name) || !n.arguments[0] || n.arguments[0].type === "SpreadElement") return undefined;
  const program = folder.string(n.arguments[0], module);
  return {
    kind: "shim",
    where: program ?? "a program chosen at run time",
    reason: `the package's entry point starts ${program ? `\`${program}\`` : "another program"} and hands it the MCP connection; that program's tools are not in this package`,
    location: locationOf(module.path, n),
  };
}

/**
 * The dependency whose server the package imports: one whose name or imported path says MCP
 * (`@scope/mcp-core`, `lib/mcp/server`), or whose imported value the package uses by an MCP name
 * (`tools.decorateMCPCommand(…)`, `import { createMcpServer }`). A library the code merely uses
 * (dotenv, zod, a logger, a web framework) is never the server.
 */
function fromDependency(program: Program, entries: Set<ParsedModule>, folder: ConstantFolder): ServerElsewhere | undefined {
  const deps = new Set(Object.keys({ ...program.facts.dependencies, ...program.facts.peerDependencies }));
  const imported: { name: string; module: ParsedModule; node: Node; entry: boolean; mcpNamed: boolean }[] = [];
  for (const module of program.modules) {
    // Local names bound to what each dependency exports, and the names the module reads off them.
    const locals = new Map<string, number>();
    const mcpMembers = new Set<string>();
    walk(module.ast, {
      enter(n) {
        let spec: string | undefined;
        let bound: string[] = [];
        let connected = false;
        if (n.type === "ImportDeclaration" || n.type === "ExportAllDeclaration" || n.type === "ExportNamedDeclaration") {
          spec = n.source ? stringLiteralValue(n.source) : undefined;
          if (n.type === "ImportDeclaration") bound = n.specifiers.flatMap((sp) => [sp.local.name, ...(sp.type === "ImportSpecifier" && sp.imported.type === "Identifier" ? [sp.imported.name] : [])]);
          if (n.type === "ExportNamedDeclaration") bound = n.specifiers.flatMap((sp) => (sp.local.type === "Identifier" ? [sp.local.name] : []));
        } else if (n.type === "VariableDeclarator" && n.init && n.init.type === "CallExpression" && requireSpecifier(n.init)) {
          spec = requireSpecifier(n.init);
          bound = n.id.type === "Identifier" ? [n.id.name] : n.id.type === "ObjectPattern" ? n.id.properties.flatMap((p) => (p.type === "Property" ? [propertyName(p) ?? "", ...(p.value.type === "Identifier" ? [p.value.name] : [])] : [])) : [];
        } else if (n.type === "CallExpression") spec = requireSpecifier(n);
        else if (n.type === "ImportExpression") spec = stringLiteralValue(n.source);
        else if (n.type === "MemberExpression" && !n.computed && n.object.type === "Identifier" && MCP_NAME.test(propertyName(n) ?? "")) mcpMembers.add(n.object.name);
        // `server.connect(new StdioServerTransport())` with `server` made by a dependency's function: that dependency builds the server.
        if (n.type === "CallExpression" && !spec) {
          const made = connectedServerMaker(n, module, folder);
          if (made) {
            spec = made;
            connected = true;
          }
        }
        // Node loads a builtin before any package of the same name (`events`, `buffer` polyfills listed as dependencies).
        if (!spec || isBuiltin(spec)) return;
        const resolved = program.resolve(module.path, spec);
        if (resolved.kind !== "external") return;
        const name = resolved.package;
        if (!deps.has(name) || /^@modelcontextprotocol\//.test(name)) return;
        const index = imported.length;
        imported.push({ name, module, node: n, entry: entries.has(module), mcpNamed: connected || MCP_NAME.test(spec) || bound.some((b) => MCP_NAME.test(b)) });
        for (const b of bound) if (b) locals.set(b, index);
      },
    });
    for (const local of mcpMembers) {
      const index = locals.get(local);
      if (index !== undefined) imported[index].mcpNamed = true;
    }
  }
  const pick = imported.find((i) => i.mcpNamed && i.entry) ?? imported.find((i) => i.mcpNamed);
  if (!pick) return undefined;
  return {
    kind: "dependency",
    where: pick.name,
    reason: `the server's tools come from the dependency ${pick.name}, which this scan does not read; \`mcp-warden scan ${pick.name}\` covers it`,
    location: locationOf(pick.module.path, pick.node),
  };
}

/** The SDK's server transports: what a server (never a client) is connected to. */
const SERVER_TRANSPORT = /ServerTransport$/;
/** How many values and calls are followed back from a connected server to the call that made it. */
const MAX_MAKER_DEPTH = 6;

/**
 * `server.connect(new StdioServerTransport())`: the package specifier of the import whose function made `server`,
 * followed through locals, `await`, destructuring (`const { server } = createServer()`) and the package's own
 * functions returning it (`return { server, intent }`). Undefined when the server is made by the package's code.
 */
function connectedServerMaker(call: TSESTree.CallExpression, module: ParsedModule, folder: ConstantFolder): string | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== "MemberExpression" || propertyName(callee) !== "connect" || call.arguments.length !== 1 || call.arguments[0].type === "SpreadElement") return undefined;
  const transport = folder.resolve(call.arguments[0], module)?.node ?? call.arguments[0];
  if (transport.type !== "NewExpression" || !SERVER_TRANSPORT.test(calleeName(transport.callee) ?? "")) return undefined;
  return makerOf(callee.object, module, folder, undefined, 0);
}

function makerOf(node: Node, module: ParsedModule, folder: ConstantFolder, key: string | undefined, depth: number): string | undefined {
  if (depth > MAX_MAKER_DEPTH) return undefined;
  const n = unwrapExpression(node);
  if (n.type === "AwaitExpression") return makerOf(n.argument, module, folder, key, depth + 1);
  if (n.type === "ObjectExpression") {
    const p = key === undefined ? undefined : n.properties.find((q): q is TSESTree.Property => q.type === "Property" && propertyName(q) === key);
    return p ? makerOf(p.value as Node, module, folder, undefined, depth + 1) : undefined;
  }
  if (n.type === "CallExpression") {
    const c = unwrapExpression(n.callee);
    let root: Node = c;
    while (root.type === "MemberExpression") root = unwrapExpression(root.object);
    const imported = root.type === "Identifier" ? folder.importOf(root, module) : undefined;
    // The made object itself, or (with a key) a property of what the dependency's function returns: the dependency made it.
    if (imported && !/^[./]/.test(imported.specifier)) return imported.specifier;
    const fn = folder.resolve(c, module);
    if (!fn || !(fn.node.type === "FunctionDeclaration" || fn.node.type === "FunctionExpression" || fn.node.type === "ArrowFunctionExpression")) return undefined;
    const body = fn.node.body;
    const returned = body.type === "BlockStatement" ? returnStatements(fn.node as FunctionNode).map((r) => r.argument).filter((a): a is TSESTree.Expression => !!a) : [body];
    for (const r of returned) {
      const found = makerOf(r, fn.module, folder, key, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (n.type !== "Identifier") return undefined;
  const init = folder.initializerOf(n, module);
  if (init) return makerOf(init, module, folder, key, depth + 1);
  // `const { server } = createServer()`: the property of what the initializer makes.
  const pattern = destructuredFrom(n, module);
  return pattern ? makerOf(pattern.init, module, folder, pattern.key, depth + 1) : undefined;
}

/** The declaration `const { key: name } = init` that binds `id`, nearest before it. */
function destructuredFrom(id: TSESTree.Identifier, module: ParsedModule): { init: Node; key: string } | undefined {
  let found: { init: Node; key: string } | undefined;
  walk(module.ast, {
    enter(n) {
      if (n.range[0] > id.range[0]) return false;
      if (n.type !== "VariableDeclarator" || n.id.type !== "ObjectPattern" || !n.init) return undefined;
      for (const p of n.id.properties) {
        const key = p.type === "Property" && !p.computed ? propertyName(p) : undefined;
        if (key !== undefined && p.type === "Property" && p.value.type === "Identifier" && p.value.name === id.name) found = { init: n.init, key };
      }
      return undefined;
    },
  });
  return found;
}
