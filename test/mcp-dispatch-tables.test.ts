// Low-level dispatch through tables the code fills at run time (analyzer/mcp/tables.ts):
// a registry instance in a field, a Map read by the tool name and filled with
// `set(name, …)` by callers, in loops, or from an array; module namespaces in a list.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractServer } from "../analyzer/mcp/index.js";
import { programOf } from "./support/program.js";

const SDK = { "@modelcontextprotocol/sdk": "^1.12.0" };
const LOW = `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";`;

/** `name file:line` of each tool's handler (`-` when none), in the order found. */
function handlers(files: Record<string, string>): string[] {
  const { model } = extractServer(programOf(files, SDK));
  return model.tools.map((t) => `${t.name} ${t.handlerLocation ? `${t.handlerLocation.file}:${t.handlerLocation.line}` : "-"}`);
}

test("dispatch tables, JS: a registry class in a field, filled by a register(def) method called one by one and in a forEach over names → methods of another instance", () => {
  assert.deepEqual(
    handlers({
      "registry.js": `export class ToolRegistry {
  tools = new Map();
  register(definition) { this.tools.set(definition.name, definition); }
  async execute(toolName, args) {
    const tool = this.tools.get(toolName);
    if (!tool) return { isError: true, content: [] };
    return await tool.handler(args);
  }
}`,
      "pages.js": `export class PageHandlers {
  constructor(client) { this.client = client; }
  async readPage(args) { return this.client.get(args.id); }
  async listSpaces() { return []; }
  async whoami() { return {}; }
}`,
      "list.js": `export const pageTools = [{ name: "read_page", description: "Read a page", inputSchema: {} }, { name: "list_spaces", description: "List spaces", inputSchema: {} }, { name: "whoami", description: "Me", inputSchema: {} }, { name: "unwired", description: "Listed, never registered", inputSchema: {} }];`,
      "index.js": `${LOW}
import { ToolRegistry } from "./registry.js";
import { PageHandlers } from "./pages.js";
import { pageTools } from "./list.js";
class App {
  constructor() {
    this.server = new Server({ name: "wiki", version: "1.0.0" }, { capabilities: { tools: {} } });
    this.pages = new PageHandlers({});
    this.toolRegistry = new ToolRegistry();
    this.registerTools();
    this.server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [...pageTools] }));
    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      const { name: toolName, arguments: args } = request.params;
      return this.toolRegistry.execute(toolName, args);
    });
  }
  registerTools() {
    this.toolRegistry.register({ name: "whoami", handler: this.pages.whoami.bind(this.pages) });
    const byMethod = [{ name: "read_page", handler: "readPage" }, { name: "list_spaces", handler: "listSpaces" }];
    byMethod.forEach((tool) => this.toolRegistry.register({ name: tool.name, handler: this.pages[tool.handler].bind(this.pages) }));
  }
}
new App();`,
    }),
    ["read_page pages.js:3", "list_spaces pages.js:4", "whoami pages.js:5", "unwired -"],
  );
});

test("dispatch tables, TS: a registry built from a definitions array with a handler table, dispatched by a module-level instance", () => {
  assert.deepEqual(
    handlers({
      "src/definitions.ts": `export const toolDefinitions = [
  { name: "get_branch", description: "Get a branch", inputSchema: { type: "object" } },
  { name: "delete_branch", description: "Delete a branch", inputSchema: { type: "object" } },
];`,
      "src/registry.ts": `type Handler = (args: Record<string, unknown>) => Promise<unknown>;
export class Registry {
  private readonly tools = new Map<string, { name: string; handler: Handler }>();
  register(definition: { name: string }, handler: Handler): void { this.tools.set(definition.name, { ...definition, handler }); }
  list() { return [...this.tools.values()].map(({ name }) => ({ name })); }
  async dispatch(name: string, args: Record<string, unknown>) {
    const tool = this.tools.get(name);
    if (!tool) throw new Error("unknown tool " + name);
    return tool.handler(args);
  }
}`,
      "src/branches.ts": `export async function getBranch(a: Record<string, unknown>) { return a; }
export async function deleteBranch(a: Record<string, unknown>) { return a; }`,
      "src/index.ts": `${LOW}
import { Registry } from "./registry.js";
import { toolDefinitions } from "./definitions.js";
import { getBranch, deleteBranch } from "./branches.js";
const registry = new Registry();
const handlers: Record<string, (a: Record<string, unknown>) => Promise<unknown>> = { get_branch: (a) => getBranch(a), delete_branch: (a) => deleteBranch(a) };
for (const definition of toolDefinitions) {
  const handler = handlers[definition.name];
  registry.register(definition, handler);
}
const server = new Server({ name: "git", version: "1.0.0" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: toolDefinitions }));
server.setRequestHandler(CallToolRequestSchema, async (request) => registry.dispatch(request.params.name, request.params.arguments ?? {}));`,
    }),
    ["get_branch src/index.ts:7", "delete_branch src/index.ts:7"],
  );
});

test("dispatch tables, JS: handlers registered by name from other modules, and a Map built from an array with map()", () => {
  assert.deepEqual(
    handlers({
      "reg.js": `const handlers = new Map();
export function registerHandler(name, fn) { handlers.set(name, fn); }
export function dispatch(name, args) { const fn = handlers.get(name); return fn(args); }`,
      "tools/alpha.js": `import { registerHandler } from "../reg.js";
registerHandler("alpha", async (args) => args.x);`,
      "tools/beta.js": `import { registerHandler } from "../reg.js";
async function beta(args) { return args.y; }
registerHandler("beta", beta);`,
      "index.js": `${LOW}
import { dispatch } from "./reg.js";
import "./tools/alpha.js";
import "./tools/beta.js";
const server = new Server({ name: "n", version: "1" }, {});
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [{ name: "alpha", description: "a", inputSchema: {} }, { name: "beta", description: "b", inputSchema: {} }] }));
server.setRequestHandler(CallToolRequestSchema, async (req) => dispatch(req.params.name, req.params.arguments));`,
    }),
    ["alpha tools/alpha.js:2", "beta tools/beta.js:2"],
  );
  assert.deepEqual(
    handlers({
      "index.js": `${LOW}
class Ping { async run(a) { return a; } }
class Pong { async run(a) { return a; } }
const entries = [["ping", new Ping()], ["pong", new Pong()]];
const byName = new Map(entries.map(([n, t]) => [n, t]));
const tools = new Map([["ping", new Ping()], ["pong", new Pong()]]);
const server = new Server({ name: "n", version: "1" }, {});
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [{ name: "ping", description: "p", inputSchema: {} }, { name: "pong", description: "q", inputSchema: {} }] }));
server.setRequestHandler(CallToolRequestSchema, async (req) => tools.get(req.params.name).run(req.params.arguments));`,
    }),
    ["ping index.js:3", "pong index.js:4"],
  );
});

test("dispatch tables, bundled: module namespaces (esbuild's __export getters) in a list, each asked by the tool name", () => {
  assert.deepEqual(
    handlers({
      "dist/index.js": `${LOW}
var __defProp = Object.defineProperty;
var __export = (target, all) => { for (var name in all) __defProp(target, name, { get: all[name], enumerable: true }); };
var drive_exports = {};
__export(drive_exports, { handleTool: () => handleTool, toolDefinitions: () => toolDefinitions });
var toolDefinitions = [{ name: "search", description: "Search files", inputSchema: {} }];
async function handleTool(toolName, args) { switch (toolName) { case "search": { return args.q; } default: return null; } }
var docs_exports = {};
__export(docs_exports, { handleTool: () => handleTool2, toolDefinitions: () => toolDefinitions2 });
var toolDefinitions2 = [{ name: "read_doc", description: "Read a doc", inputSchema: {} }];
async function handleTool2(toolName, args) { switch (toolName) { case "read_doc": { return args.id; } default: return null; } }
var domainModules = [drive_exports, docs_exports];
const s = new Server({ name: "drive", version: "1" }, {});
s.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: domainModules.flatMap((m) => m.toolDefinitions) }));
s.setRequestHandler(CallToolRequestSchema, async (request) => {
  const toolName = request.params.name;
  for (const mod of domainModules) {
    const result = await mod.handleTool(toolName, request.params.arguments ?? {});
    if (result !== null) return result;
  }
  return null;
});`,
    }),
    ["search dist/index.js:8", "read_doc dist/index.js:12"],
  );
});

test("dispatch tables: a Map of another class's field, or filled under another name, is not this table", () => {
  assert.deepEqual(
    handlers({
      "index.js": `${LOW}
class Cache { entries = new Map(); remember() { this.entries.set("get_user", async () => "cached"); } }
class Registry { entries = new Map(); run(name, args) { return this.entries.get(name)(args); } }
const other = new Map();
other.set("get_user", async () => "other");
const registry = new Registry();
const server = new Server({ name: "n", version: "1" }, {});
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [{ name: "get_user", description: "g", inputSchema: {} }] }));
server.setRequestHandler(CallToolRequestSchema, async (req) => registry.run(req.params.name, req.params.arguments));`,
    }),
    ["get_user -"],
  );
});

test("dispatch tables, TS: Object.fromEntries(list.map(…)) read as table[name], the entry's handler called by a helper with the arguments second", () => {
  assert.deepEqual(
    handlers({
      "src/tools/get-thing.ts": `export const tool = { name: "get_thing", description: "Get a thing", inputSchema: { type: "object" } };
export const handler = async (client: any, args: Record<string, unknown>) => client.things.get(args.id);
export default { tool, handler };`,
      "src/tools/delete-thing.ts": `export const tool = { name: "delete_thing", description: "Delete a thing", inputSchema: { type: "object" } };
export const handler = async (client: any, args: Record<string, unknown>) => client.things.delete(args.id);
export default { tool, handler };`,
      "src/tools/index.ts": `import get_thing from "./get-thing";
import delete_thing from "./delete-thing";
export const endpoints: { tool: any; handler: any }[] = [];
function addEndpoint(endpoint: { tool: any; handler: any }) { endpoints.push(endpoint); }
addEndpoint(get_thing);
addEndpoint(delete_thing);`,
      "src/server.ts": `${LOW}
import { endpoints } from "./tools";
export async function executeHandler(tool: any, handler: any, client: any, args: Record<string, unknown> | undefined) {
  return await handler(client, args || {});
}
export function init(server: Server, client: any) {
  const endpointMap = Object.fromEntries(endpoints.map((endpoint) => [endpoint.tool.name, endpoint]));
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: endpoints.map((endpoint) => endpoint.tool) }));
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const { name, arguments: args } = request.params;
    const endpoint = endpointMap[name];
    if (!endpoint) throw new Error("Unknown tool " + name);
    return executeHandler(endpoint.tool, endpoint.handler, client, args);
  });
}`,
    }),
    ["get_thing src/tools/get-thing.ts:2", "delete_thing src/tools/delete-thing.ts:2"],
  );
});

test("dispatch tables: a fromEntries that is not Object's, or a helper that never hands the handler the tool's arguments, links nothing", () => {
  const files = (build: string, call: string) => ({
    "tools.js": `export const endpoints = [
  { tool: { name: "get_thing", description: "g", inputSchema: {} }, handler: async (client, args) => client.get(args.id) },
];`,
    "index.js": `${LOW}
import { endpoints } from "./tools.js";
import * as lib from "./lib.js";
function executeHandler(handler, client, args) { ${call} }
const client = {};
const table = ${build};
const server = new Server({ name: "n", version: "1" }, {});
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: endpoints.map((e) => e.tool) }));
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  const endpoint = table[name];
  return executeHandler(endpoint.handler, client, args);
});`,
    "lib.js": `export function fromEntries(pairs) { return {}; }`,
  });
  const real = "Object.fromEntries(endpoints.map((e) => [e.tool.name, e]))";
  assert.deepEqual(handlers(files(real, "return handler(client, args);")), ["get_thing tools.js:2"]);
  assert.deepEqual(handlers(files("lib.fromEntries(endpoints.map((e) => [e.tool.name, e]))", "return handler(client, args);")), ["get_thing -"]);
  assert.deepEqual(handlers(files(real, "console.log(args); return handler(client, {});")), ["get_thing -"]);
});

test("dispatch by if: a test naming several tools with || reaches its block; a name tested alone inside wins; a test mixing in another value is no dispatch", () => {
  const listed = `[{ name: "list_pages", description: "l", inputSchema: {} }, { name: "get_page", description: "g", inputSchema: {} }, { name: "set_page", description: "s", inputSchema: {} }, { name: "open", description: "o", inputSchema: {} }]`;
  assert.deepEqual(
    handlers({
      "index.js": `${LOW}
import { readFileSync, writeFileSync } from "node:fs";
const server = new Server({ name: "d", version: "1" }, {});
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: ${listed} }));
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  const mode = args.mode;
  if (name === "list_pages" || name === "get_page" || name === "set_page") {
    const xml = readFileSync(args.path, "utf8");
    if (name === "list_pages") {
      return { content: [{ type: "text", text: xml }] };
    }
    if (name === "get_page") {
      return { content: [{ type: "text", text: xml.slice(0, 10) }] };
    }
    writeFileSync(args.path, args.xml);
    return { content: [] };
  }
  if (name === "open" || mode === "set_page") {
    return { content: [] };
  }
  throw new Error("unknown");
});`,
    }),
    ["list_pages index.js:11", "get_page index.js:14", "set_page index.js:9", "open -"],
  );
});
