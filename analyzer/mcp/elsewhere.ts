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
import { locationOf, stringLiteralValue, unwrapExpression, walk, type Node } from "../parse/ast.js";
import type { ParsedModule, ServerElsewhere } from "../types.js";
import { propertyOf } from "./context.js";
import { calleeName } from "./high-level.js";

/** `-linux-x64`, `-darwin-arm64`, `-win32-x64-msvc`: a platform build of the same program. */
const PLATFORM_SUFFIX = /[-_.](linux|darwin|win32|windows|macos|freebsd)([-_.](x64|arm64|ia32|x86|amd64|aarch64|arm|musl|gnu|msvc))*$/i;
const HTTP_CLIENT_TRANSPORTS = new Set(["StreamableHTTPClientTransport", "SSEClientTransport", "WebSocketClientTransport"]);
const STDIO_CLIENT_TRANSPORT = "StdioClientTransport";
const SPAWNERS = new Set(["spawn", "spawnSync", "execFile", "execFileSync", "execa", "execaSync", "fork"]);

/** Where the server is, when the package itself registers nothing; undefined when nothing says. */
export function serverElsewhere(program: Program, folder: ConstantFolder, constructsServer: boolean): ServerElsewhere | undefined {
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
  for (const module of program.modules) {
    walk(module.ast, {
      enter(n) {
        if (n.type === "NewExpression") {
          const name = calleeName(n.callee) ?? "";
          if (!remote && HTTP_CLIENT_TRANSPORTS.has(name)) remote = remoteProxy(n, module, folder);
          else if (!shim && name === STDIO_CLIENT_TRANSPORT) shim = stdioShim(n, module, folder);
        } else if (!shim && n.type === "CallExpression" && entries.has(module)) {
          shim = launcher(n, module, folder);
        }
      },
    });
  }
  const shimFirst = shim && entries.has(program.byPath.get(shim.location?.file ?? "") as ParsedModule);
  if (shimFirst) return shim;
  if (remote) return remote;
  if (shim) return shim;
  // A package that builds its own server but whose tools we did not find is our miss, not a dependency's server.
  return constructsServer ? undefined : fromDependency(program, entries);
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

/** The dependency whose server the package imports: one named for MCP first, else the first the entry points import. */
function fromDependency(program: Program, entries: Set<ParsedModule>): ServerElsewhere | undefined {
  const deps = new Set(Object.keys({ ...program.facts.dependencies, ...program.facts.peerDependencies }));
  const imported: { name: string; module: ParsedModule; node: Node; entry: boolean }[] = [];
  for (const module of program.modules) {
    walk(module.ast, {
      enter(n) {
        let spec: string | undefined;
        if (n.type === "ImportDeclaration" || n.type === "ExportAllDeclaration" || n.type === "ExportNamedDeclaration") spec = n.source ? stringLiteralValue(n.source) : undefined;
        else if (n.type === "CallExpression") spec = requireSpecifier(n);
        else if (n.type === "ImportExpression") spec = stringLiteralValue(n.source);
        // Node loads a builtin before any package of the same name (`events`, `buffer` polyfills listed as dependencies).
        if (!spec || isBuiltin(spec)) return;
        const resolved = program.resolve(module.path, spec);
        if (resolved.kind !== "external") return;
        const name = resolved.package;
        if (!deps.has(name) || /^@modelcontextprotocol\//.test(name)) return;
        imported.push({ name, module, node: n, entry: entries.has(module) });
      },
    });
  }
  const pick = imported.find((i) => /mcp/i.test(i.name)) ?? imported.find((i) => i.entry);
  if (!pick) return undefined;
  return {
    kind: "dependency",
    where: pick.name,
    reason: `the server's tools come from the dependency ${pick.name}, which this scan does not read; \`mcp-warden scan ${pick.name}\` covers it`,
    location: locationOf(pick.module.path, pick.node),
  };
}
