// mcp: the server's surface (tools, prompts, resources) extracted from the Program.
// One walk per module collects registration calls, low-level handlers and
// framework classes; shapes are matched by their arguments, not by variable
// names, so tsc output, CommonJS and minified bundles read like the source.
import type { TSESTree } from "@typescript-eslint/types";
import { ConstantFolder, requireSpecifier } from "../program/constants.js";
import { internalModules, link, type Program } from "../program/index.js";
import { keepReachable } from "../program/reach.js";
import { packageOfSpecifier } from "../program/resolve.js";
import { enclosingFunction, FUNCTION_TYPES, propertyName, stringLiteralValue, unwrapExpression, walk, walkTypes, type Node } from "../parse/ast.js";
import type { FunctionNode } from "../taint/spec.js";
import type { Diagnostic, ParsedModule, ServerModel, SurfaceItem } from "../types.js";
import type { Command } from "./commands.js";
import { Extraction, propertyOf } from "./context.js";
import { calleeName, extractHighLevel, HIGH_LEVEL_METHODS } from "./high-level.js";
import { extractDefinitions, type DefinitionCandidates } from "./definitions.js";
import { serverElsewhere } from "./elsewhere.js";
import { whyNothingFound } from "./unread.js";
import { LowLevelServer } from "./low-level.js";
import { extractLibraryHelper } from "./library-helpers.js";
import { extractLoopRegistration } from "./loops.js";
import { registersThroughOwnCalls } from "./wrapper-body.js";
import { namedPerElement } from "./list-registrations.js";
import { extractFrameworkClass } from "./mcp-framework.js";
import { forkedServerPackage, importedSpecifier } from "./sdk-fork.js";

/** Links a surface item to its handler function, for the engine (never serialized). */
export interface HandlerRef {
  item: SurfaceItem;
  fn: FunctionNode;
  module: ParsedModule;
  /**
   * Which of the handler's parameters carry the tool's arguments (model-chosen: untrusted).
   * For `McpServer.tool`/`registerTool`, fastmcp `execute(args, ctx)` and mcp-framework
   * `execute(input)` it is the arguments object itself (index 0). For low-level
   * `setRequestHandler(CallToolRequestSchema, (request) => …)` handlers it is the
   * request (index 0): the arguments are `request.params.arguments` (and the tool
   * name `request.params.name` is client-chosen too).
   */
  argumentParams: number[];
  /**
   * When several tools share one dispatcher function (`switch (request.params.name)`),
   * the part of `fn` that handles this tool: a `case`, an `if` consequent. Absent when
   * the whole function belongs to the tool.
   */
  branch?: Node;
  /**
   * Library APIs the handler (or its branch) can reach, as `"<package> <path>"`
   * keys: the engine's `reachableApis` joined with the surface's own floor.
   * Filled after the engine runs (capabilities.ts).
   */
  reachable?: ReadonlySet<string>;
  /**
   * The command lines the handler (or its branch) starts, when the code pins
   * every one (program and leading constant arguments); absent when it starts
   * none or one it does not pin. Filled with `reachable`.
   */
  commands?: Command[];
  /** The package functions the handler (or its branch) calls, directly or not, as the surface sees them. Filled with `reachable`. */
  functions?: readonly { node: Node; module: ParsedModule }[];
}

export interface ExtractedServer {
  model: ServerModel;
  handlers: HandlerRef[];
  /** Names and descriptions that are not constant, with the expressions they come from. */
  dynamicTexts?: { item: SurfaceItem; expression: { node: Node; module: ParsedModule } }[];
}

/** npm packages whose import marks a module as an MCP server, and the SDK name they report. */
const SDK_PACKAGES: [RegExp, string][] = [
  [/^@modelcontextprotocol\/sdk(\/|$)/, "@modelcontextprotocol/sdk"],
  [/^@modelcontextprotocol\/server(\/|$)/, "@modelcontextprotocol/server"],
  [/^fastmcp(\/|$)/, "fastmcp"],
  [/^mcp-framework(\/|$)/, "mcp-framework"],
];
/** Strings only an MCP server (or a bundle of the SDK) contains. */
const BUNDLE_MARKERS = new Set(["tools/list", "tools/call", "notifications/tools/list_changed"]);
const SERVER_CONSTRUCTORS = new Set(["McpServer", "Server", "FastMCP"]);
/** A notification the SDK's server sends (its bundles hold the string); a relay that forwards requests has no reason to. */
const SDK_MARKER = "notifications/tools/list_changed";
/** Registration methods that add a tool (tool classes stand for tools only, not prompts or resources). */
const TOOL_METHODS = new Set(["tool", "registerTool", "addTool"]);

/** The node types extraction reads from every module. */
const EXTRACTION_TYPES: ReadonlySet<string> = new Set(["ImportDeclaration", "CallExpression", "AssignmentExpression", "VariableDeclarator", "ImportExpression", "NewExpression", "ClassDeclaration", "ClassExpression", "Property", "ObjectExpression", "Literal", "IfStatement", "SwitchStatement"]);

export function extractServer(program: Program): ExtractedServer {
  const folder = new ConstantFolder(internalModules(program));
  const x = new Extraction(folder);
  const low = new LowLevelServer(x);
  for (const dep of Object.keys({ ...program.facts.dependencies, ...program.facts.peerDependencies })) noteSdk(x, dep);

  const calls: { call: TSESTree.CallExpression; method: string; module: ParsedModule; alias?: boolean }[] = [];
  const classes: { cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression; module: ParsedModule }[] = [];
  const constructions: { node: TSESTree.NewExpression; module: ParsedModule }[] = [];
  const definitions: DefinitionCandidates = { objects: [], classes: [] };
  const tableKeys = new Map<Node, string>();
  const callUris = new Map<Node, string>();
  const methodBranches: { method: string; body: Node; module: ParsedModule }[] = [];
  let bundleMarker = false;
  let sdkBundled = false;
  /** `const reg = server.registerTool.bind(server)`: a name that calls a registration method. */
  const aliases: { name: string; init: Node; method: string }[] = [];
  /** Calls that may be a library's registration helper (`registerAppTool(server, name, config, handler)`). */
  const helperCalls: { call: TSESTree.CallExpression; module: ParsedModule }[] = [];
  for (const module of program.modules) {
    // Only the node types read below are visited (every module is walked, a bundle's million nodes too).
    walkTypes(module.ast, EXTRACTION_TYPES, (n) => {
      switch (n.type) {
        case "ImportDeclaration":
          noteSdk(x, n.source.value);
          noteFramework(x, n.source.value, program);
          break;
        case "CallExpression": {
          const spec = requireSpecifier(n);
          if (spec) noteSdk(x, spec);
          // `tool("obsidian_write_note", { description, input, handler })`: a definition named by the call that makes it.
          const named = n.arguments.length === 2 && n.arguments[1].type === "ObjectExpression" ? stringLiteralValue(n.arguments[0] as Node) : undefined;
          // `resource("obsidian://vault/{+path}", { … })`: the definition of a resource at that URI.
          if (named !== undefined) (/^[a-z][\w+.-]*:\/\//i.test(named) ? callUris : tableKeys).set(n.arguments[1] as Node, named);
          low.notePush(n, module);
          x.noteCall(n, module);
          const callee = unwrapExpression(n.callee);
          const method = callee.type === "MemberExpression" ? propertyName(callee) : undefined;
          if (method && (HIGH_LEVEL_METHODS.has(method) || method === "setRequestHandler")) calls.push({ call: n, method, module });
          else if (n.arguments.length >= 4 && n.arguments.length <= 5) helperCalls.push({ call: n, module });
          break;
        }
        case "AssignmentExpression":
          low.noteAssignment(n, module);
          break;
        case "VariableDeclarator": {
          x.noteDeclarator(n, module);
          const method = n.id.type === "Identifier" && n.init ? boundMethod(n.init) : undefined;
          if (method) aliases.push({ name: (n.id as TSESTree.Identifier).name, init: n.init!, method });
          break;
        }
        case "ImportExpression": {
          const spec = stringLiteralValue(n.source);
          if (spec) noteSdk(x, spec);
          break;
        }
        case "NewExpression":
          constructions.push({ node: n, module });
          break;
        case "ClassDeclaration":
        case "ClassExpression":
          if (n.superClass) classes.push({ cls: n, module });
          definitions.classes.push({ cls: n, module });
          x.noteClass(n, module);
          break;
        case "Property": {
          // `{ list_tables: {...} }`, `{ list_tables: tool({...}) }`: the key a definition sits under.
          const key = n.computed ? undefined : propertyName(n);
          const value = unwrapExpression(n.value as Node);
          const def = value.type === "CallExpression" ? value.arguments.find((a) => a.type === "ObjectExpression") : value;
          if (key && def?.type === "ObjectExpression") tableKeys.set(def, key);
          break;
        }
        case "ObjectExpression":
          if (n.properties.length >= 2) {
            const key = tableKeys.get(n);
            const uri = callUris.get(n);
            definitions.objects.push({ node: n, module, ...(key ? { key } : {}), ...(uri ? { uri } : {}) });
          }
          break;
        case "Literal":
          if (typeof n.value === "string" && BUNDLE_MARKERS.has(n.value)) bundleMarker = true;
          if (n.value === SDK_MARKER) sdkBundled = true;
          break;
        case "IfStatement": {
          const method = rpcMethodTest(n.test);
          if (method) methodBranches.push({ method, body: n.consequent, module });
          break;
        }
        case "SwitchStatement":
          if (isMethodRead(n.discriminant)) {
            for (const c of n.cases) {
              const method = c.test ? stringLiteralValue(unwrapExpression(c.test)) : undefined;
              if (method && RPC_METHODS.has(method)) methodBranches.push({ method, body: c, module });
            }
          }
          break;
      }
    });
  }
  // `reg(meta.name, { … }, handler)` through a bound alias is a call of the method it binds.
  for (const a of aliases) {
    for (const use of x.callsByName.get(a.name) ?? []) {
      const callee = unwrapExpression(use.call.callee);
      if (callee.type === "Identifier" && x.folder.resolve(callee, use.module)?.node === a.init) calls.push({ call: use.call, method: a.method, module: use.module, alias: true });
    }
  }
  // An SDK fork's server class, named and used like the SDK's, is the SDK's API.
  const fork = forkedServerPackage(x, constructions, calls, isSdkSpecifier);
  if (fork) x.sdks.add(fork);
  // A framework named for MCP that the code imports serves MCP too: its registration calls are read like the SDK's.
  const isMcp = x.sdks.size > 0 || bundleMarker || x.frameworks.size > 0;
  // `this.server.registerTool(this.name, …)` in a base class: each tool class extending it is one tool, read below.
  const baseRegistrations: typeof calls = [];
  if (isMcp) {
    for (const c of calls) {
      // `LoggerFactory.tool("cache")`: a method the package defines itself on an object or class is its own function,
      // not the SDK's registration (a server is an instance the SDK makes); a wrapper it defines is read through its own calls.
      if (!c.alias && HIGH_LEVEL_METHODS.has(c.method) && isOwnFunction(x, c.call.callee, c.module)) continue;
      if (c.method === "setRequestHandler") low.handle(c.call, c.module);
      else if (extractLoopRegistration(x, low, c.call, c.method, c.module)) continue;
      // `server.registerTool = function (name, config, handler) { …; return original(name, …) }`: an alias called with a
      // name nobody binds is the override of the method, whose own calls are the registrations.
      else if (c.alias && !constantName(x, c.call, c.module)) continue;
      else if (TOOL_METHODS.has(c.method) && registersOwnName(x, c.call, c.module)) baseRegistrations.push(c);
      // A wrapper kept under a registration method's name, called as one elsewhere: those calls are its tools.
      else if (registersThroughOwnCalls(x, c.call, c.module, calls)) continue;
      else extractPerElement(x, c.call, c.method, c.module);
    }
  }
  if (isMcp) for (const h of helperCalls) extractLibraryHelper(x, h.call, h.module);
  if (isMcp) for (const b of methodBranches) low.handleMethodBranch(b.method, b.body, enclosingFunction(b.module.ast, b.body), b.module);
  for (const { cls, module } of classes) if (extractFrameworkClass(x, cls, module)) x.claimed.add(cls);
  if (isMcp || x.sdks.size > 0 || x.frameworks.size > 0) {
    // A tools/list handler whose list we cannot read (a registry's `listDefinitions()`) lists the package's
    // definitions: then `{ name, description, inputSchema }` without an implementation counts too.
    definitions.baseFields = baseRegistrationFields(x, baseRegistrations);
    const added = extractDefinitions(x, definitions, low.unreadToolLists > 0, low);
    low.adopt(added);
    // No tool class to stand for: the base registration is all there is (one tool whose name is not known).
    if (!added.some((i) => i.registeredVia === "tool class")) for (const c of baseRegistrations) extractHighLevel(x, c.call, c.method, c.module);
  } else for (const c of baseRegistrations) extractHighLevel(x, c.call, c.method, c.module);
  if (isMcp) {
    low.finish();
    for (const { node, module } of constructions) instructionsOf(x, node, module);
  }

  const found = x.model.tools.length + x.model.prompts.length + x.model.resources.length > 0;
  if (!found) {
    // The SDK's server class, imported or bundled with the SDK: a class of the package's own that happens to be called `McpServer` is not it.
    const constructsServer = constructions.some(({ node, module }) => {
      if (!SERVER_CONSTRUCTORS.has(calleeName(node.callee) ?? "")) return false;
      // A `Server` imported from a package that is neither the SDK nor a fork of it (a socket or HTTP library's) serves no MCP.
      const from = importedSpecifier(x, node.callee, module);
      if (from !== undefined && !/^[./]/.test(from) && !isSdkSpecifier(from) && !(fork && from.startsWith(fork))) return false;
      const target = folder.resolve(node.callee, module)?.node;
      return sdkBundled || !(target && (target.type === "ClassDeclaration" || target.type === "ClassExpression"));
    });
    // Method names alone ("tools/list") are what a relay forwards too; the SDK (imported, or bundled with its own notifications) serves MCP itself.
    const elsewhere = serverElsewhere(program, folder, constructsServer, x.sdks.size > 0 || sdkBundled || constructsServer);
    if (elsewhere) x.model.elsewhere = elsewhere;
    // Not a relay: a list the tools/list handler builds at run time is tools whose count is unknown, not none.
    else if (isMcp) low.addRunTimeList();
    // Still nothing and no other place named: say why rather than let "0 tools" read as an empty server.
    if (!elsewhere && x.model.tools.length + x.model.prompts.length + x.model.resources.length === 0) {
      x.model.unread = whyNothingFound(program, x.sdks.size > 0);
    }
  }
  if (x.sdks.size === 0 && found) for (const f of x.frameworks) x.sdks.add(f);
  x.model.sdks = [...x.sdks].sort();
  if (found && x.model.sdks.length === 0) x.model.sdks = ["bundled"];
  return { model: x.model, handlers: x.handlers, dynamicTexts: x.dynamicTexts };
}

/** A registration read as written; when its unread name comes off a list's element, the item it adds stands for that list. */
function extractPerElement(x: Extraction, call: TSESTree.CallExpression, method: string, module: ParsedModule): void {
  const lists = [x.model.tools, x.model.prompts, x.model.resources];
  const before = lists.map((l) => l.length);
  if (!extractHighLevel(x, call, method, module)) return;
  const name = call.arguments[0];
  if (!name || name.type === "SpreadElement" || !namedPerElement(x.folder, name, module)) return;
  // New items are appended: those past each list's old length came from this call.
  lists.forEach((l, i) => l.slice(before[i]).forEach((item) => item.name === "<dynamic>" && (item.perElement = true)));
}

/**
 * The server a user's install runs: extracted from the modules an entry point reaches
 * (program/reach.ts), with the program those modules make. When that code registers
 * nothing but the modules left out do, the declared entry points are not where the
 * server starts, and every module is kept.
 */
export function extractInstalledServer(program: Program, extraRoots: Iterable<ParsedModule> = [], reachedDeclaresNothing = false): { program: Program; server: ExtractedServer; diagnostics: Diagnostic[] } {
  const kept = keepReachable(program, extraRoots);
  if (kept.unreached.length === 0) return { program, server: extractServer(program), diagnostics: [] };
  const reduced = link(kept.modules, program.facts, program.aliases);
  // The lazy path (installed-code.ts) already extracted these same reached modules and found no tool: not again before the whole package.
  if (!reachedDeclaresNothing) {
    const server = extractServer(reduced);
    if (surfaceSize(server) > 0) return { program: reduced, server, diagnostics: kept.diagnostics };
  }
  const whole = extractServer(program);
  return surfaceSize(whole) > 0 ? { program, server: whole, diagnostics: [] } : { program: reduced, server: extractServer(reduced), diagnostics: kept.diagnostics };
}

function surfaceSize(server: ExtractedServer): number {
  return server.model.tools.length + server.model.prompts.length + server.model.resources.length;
}

/** MCP methods a hand-written JSON-RPC server answers by comparing the request's `method`. */
const RPC_METHODS = new Set(["tools/list", "tools/call", "prompts/list", "prompts/get", "resources/list", "resources/templates/list", "resources/read"]);

/** `msg.method`, `request?.method`, or a local named `method`. */
function isMethodRead(node: Node): boolean {
  const n = unwrapExpression(node);
  return (n.type === "MemberExpression" && propertyName(n) === "method") || (n.type === "Identifier" && n.name === "method");
}

/** `msg.method === "tools/list"` (either side, `==` too): the method the branch answers. */
function rpcMethodTest(test: Node): string | undefined {
  const t = unwrapExpression(test);
  if (t.type !== "BinaryExpression" || (t.operator !== "===" && t.operator !== "==")) return undefined;
  for (const [a, b] of [[t.left, t.right], [t.right, t.left]] as const) {
    const method = stringLiteralValue(unwrapExpression(b as Node));
    if (method && RPC_METHODS.has(method) && isMethodRead(a as Node)) return method;
  }
  return undefined;
}

/** A callee the constant folder resolves to a function the package defines (an object literal's method, a class's static method). */
function isOwnFunction(x: Extraction, callee: Node, module: ParsedModule): boolean {
  const target = x.folder.resolve(callee, module)?.node;
  if (target && (FUNCTION_TYPES.has(target.type) || target.type === "MethodDefinition")) return true;
  const c = unwrapExpression(callee);
  if (c.type !== "MemberExpression") return false;
  const key = propertyName(c);
  // `def.tool(client, args)` in a wrapper handed definitions: the callers' objects hold the package's own function there.
  const receiver = unwrapExpression(c.object);
  if (key !== undefined && receiver.type === "Identifier" && definitionsHoldFunction(x, receiver, key, module)) return true;
  const owner = x.folder.resolve(c.object, module)?.node;
  if (owner?.type !== "ClassDeclaration" && owner?.type !== "ClassExpression") return false;
  return owner.body.body.some((m) => m.type === "MethodDefinition" && m.static && propertyName(m) === key);
}

/** A parameter every seen caller fills with an object literal whose `key` is a function it defines. */
function definitionsHoldFunction(x: Extraction, param: TSESTree.Identifier, key: string, module: ParsedModule): boolean {
  const passed = x.argumentsFor(param, module);
  if (passed.length === 0) return false;
  return passed.every((arg) => {
    const obj = x.objectOf(arg.node, arg.module);
    const value = obj && x.member(obj.node, key, obj.module);
    return !!value && FUNCTION_TYPES.has(unwrapExpression(value.node).type);
  });
}

function constantName(x: Extraction, call: TSESTree.CallExpression, module: ParsedModule): boolean {
  const first = call.arguments[0];
  return !!first && first.type !== "SpreadElement" && x.folder.string(first, module) !== undefined;
}

/** `server.registerTool.bind(server)`: the registration method a bound function calls. */
function boundMethod(init: Node): string | undefined {
  const n = unwrapExpression(init);
  if (n.type !== "CallExpression" || n.callee.type !== "MemberExpression" || propertyName(n.callee) !== "bind") return undefined;
  const target = unwrapExpression(n.callee.object);
  const method = target.type === "MemberExpression" ? propertyName(target) : undefined;
  return method && HIGH_LEVEL_METHODS.has(method) ? method : undefined;
}

/** A registration whose name is the instance's own (`this.name`, `this.definition.name`), not a constant: a base class registering each subclass. */
function registersOwnName(x: Extraction, call: TSESTree.CallExpression, module: ParsedModule): boolean {
  const first = call.arguments[0];
  if (!first || first.type === "SpreadElement") return false;
  let n = unwrapExpression(first);
  if (n.type !== "MemberExpression") return false;
  while (n.type === "MemberExpression") n = unwrapExpression(n.object);
  return n.type === "ThisExpression" && x.folder.string(first, module) === undefined;
}

/**
 * What base-class registrations read a tool's parts from: `registerTool(this.name, { description: this.description,
 * inputSchema: z.object(this.argsShape) }, …)` → description: [description], inputSchema: [argsShape];
 * `tool(this.name, this.summary, this.params, cb)` → description: [summary], inputSchema: [params].
 */
function baseRegistrationFields(x: Extraction, registrations: { call: TSESTree.CallExpression; method: string; module: ParsedModule }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const note = (key: string, value: Node | undefined) => {
    const field = value && ownField(value);
    if (field && !(out.get(key) ?? []).includes(field)) out.set(key, [...(out.get(key) ?? []), field]);
  };
  for (const { call, method, module } of registrations) {
    const args = call.arguments.filter((a): a is TSESTree.Expression => a.type !== "SpreadElement");
    if (method === "registerTool" && args[1]) {
      const config = x.objectOf(args[1], module);
      if (config) for (const key of ["description", "inputSchema", "annotations", "title"]) note(key, propertyOf(config.node, key));
    } else if (method === "tool" && args.length >= 4) {
      note("description", args[1]);
      note("inputSchema", args[2]);
    }
  }
  return out;
}

/** The instance field an expression is built from: `this.argsShape`, `z.object(this.argsShape).strict()`. */
function ownField(node: Node): string | undefined {
  let found: string | undefined;
  walk(node, {
    enter(n) {
      if (found) return false;
      if (n.type === "MemberExpression" && unwrapExpression(n.object).type === "ThisExpression" && !n.computed) found = propertyName(n);
      return undefined;
    },
  });
  return found;
}

/**
 * A dependency of the package whose name says MCP (`@acme/mcp-ts-core`, `mcp-framework-lite`), imported by its code:
 * a framework the server is built on, so tool definitions handed to it (`createApp({ tools: [tool("x", {…})] })`) are read.
 */
function noteFramework(x: Extraction, specifier: string, program: Program): void {
  const name = packageOfSpecifier(specifier);
  if (/mcp/i.test(name) && Object.hasOwn(program.facts.dependencies, name)) x.frameworks.add(name);
}

function isSdkSpecifier(specifier: string): boolean {
  return SDK_PACKAGES.some(([pattern]) => pattern.test(specifier));
}

function noteSdk(x: Extraction, specifier: string): void {
  for (const [pattern, name] of SDK_PACKAGES) if (pattern.test(specifier)) x.sdks.add(name);
}

/** `new McpServer(info, { instructions })`, `new Server(info, { capabilities, instructions })`, `new FastMCP({ …, instructions })`. */
function instructionsOf(x: Extraction, node: TSESTree.NewExpression, module: ParsedModule): void {
  if (x.model.instructions) return;
  const known = SERVER_CONSTRUCTORS.has(calleeName(node.callee) ?? "");
  for (const arg of node.arguments) {
    if (arg.type === "SpreadElement") continue;
    const obj = x.objectOf(arg, module);
    const value = obj && propertyOf(obj.node, "instructions");
    if (!obj || !value) continue;
    // A mangled constructor still takes the server info (`name`, `version`) first.
    const first = node.arguments[0] && node.arguments[0].type !== "SpreadElement" ? x.objectOf(node.arguments[0], module) : undefined;
    if (!known && !(first && propertyOf(first.node, "name") && propertyOf(first.node, "version"))) continue;
    const text = x.text(value, obj.module);
    if (text.value !== undefined) x.model.instructions = { text: text.value, location: text.location };
    return;
  }
}
