// Tool discovery beyond the SDK's own calls (issue 17): definitions as data,
// tool classes, registrations in loops and wrappers, low-level lists passed
// around and dispatchers that forward the request, each in JS and in TS; and
// where the server is when a package registers nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractServer } from "../analyzer/mcp/index.js";
import type { PackageFacts } from "../analyzer/types.js";
import { programOf } from "./support/program.js";

const SDK = { "@modelcontextprotocol/sdk": "^1.12.0" };

function extract(files: Record<string, string>, facts: Partial<PackageFacts> = {}, deps: Record<string, string> = SDK) {
  const program = programOf(files, deps);
  Object.assign(program.facts, facts);
  return extractServer(program);
}

/** `name via handler-line params`, per tool, in the order found. */
function tools(x: ReturnType<typeof extract>): string[] {
  return x.model.tools.map((t) => `${t.name} ${t.registeredVia} ${t.handlerLocation ? `${t.handlerLocation.file}:${t.handlerLocation.line}` : "-"} [${t.parameters.map((p) => p.name).join(",")}]`);
}

test("definitions as data, TS: a name → definition table built with a helper and spreads of shared metadata", () => {
  const x = extract({
    "src/meta.ts": `import { z } from "zod";
export const DATABASE_META = {
  list_tables: { description: "Lists the tables", parameters: z.object({ schema: z.string() }) },
  execute_sql: { description: "Runs SQL", parameters: z.object({ query: z.string() }) },
};
`,
    "src/database.ts": `import { tool } from "@acme/mcp-utils";
import { DATABASE_META } from "./meta.js";
export function databaseTools(db: Db) {
  return {
    list_tables: tool({ ...DATABASE_META.list_tables, execute: async ({ schema }) => db.tables(schema) }),
    execute_sql: tool({
      ...DATABASE_META.execute_sql,
      execute: async ({ query }) => db.run(query),
    }),
  };
}
`,
    "src/server.ts": `import { createMcpServer } from "@acme/mcp-utils";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { databaseTools } from "./database.js";
export const server = createMcpServer({ name: "db", tools: async () => databaseTools(globalThis.db) });
`,
  });
  assert.deepEqual(tools(x), ["list_tables definition src/database.ts:5 [schema]", "execute_sql definition src/database.ts:8 [query]"]);
});

test("definitions as data, JS: identity helpers and plain objects with their own name; an eval case is not a tool", () => {
  const x = extract({
    "tools/whoami.js": `import { defineTool } from "../define.js";
export default defineTool({
  name: "whoami",
  description: "Who the token belongs to",
  inputSchema: {},
  annotations: { readOnlyHint: true },
  async handler(params, context) { return context.client.whoami(); },
});
`,
    "tools/find-projects.js": `export const findProjects = {
  name: "find_projects",
  description: "Find projects",
  inputSchema: { type: "object", properties: { query: { type: "string" } } },
  handler: async ({ query }) => fetchProjects(query),
};
async function fetchProjects(q) { return q; }
`,
    "define.js": `export function defineTool(config) { return config; }
`,
    "evals/whoami.eval.js": `export const whoamiEval = { name: "whoami_eval", description: "Checks whoami", run: async () => grade("who am I?") };
`,
    "server.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import whoami from "./tools/whoami.js";
import { findProjects } from "./tools/find-projects.js";
const server = new McpServer({ name: "x", version: "1" });
for (const t of [whoami, findProjects]) server.registerTool(t.name, { description: t.description, inputSchema: t.inputSchema }, t.handler);
`,
  });
  assert.deepEqual(tools(x), ["whoami loop.registerTool tools/whoami.js:7 []", "find_projects loop.registerTool tools/find-projects.js:5 [query]"]);
});

test("tool classes: fields and execute (TS), getName/getConfig/exec (JS), a definition handed to super() and process (JS)", () => {
  const x = extract({
    "src/tools/search.ts": `import { z } from "zod";
export class SearchTool extends BaseTool {
  name = "search_docs";
  description = "Search the documentation";
  schema = z.object({ query: z.string() });
  async execute(input: { query: string }) { return this.client.search(input.query); }
}
`,
    "src/tools/list.js": `export class ListToolsTool extends McpTool {
  getName() { return "list_tools"; }
  getConfig() { return { description: "Lists the tools", inputSchema: undefined, annotations: { readOnlyHint: true } }; }
  async exec() { return { content: [] }; }
}
`,
    "src/tools/user.js": `const Definition = { name: "get_user", description: "Details of the user", inputSchema: { type: "object", properties: { id: { type: "string" } } } };
export class UserTool extends BaseTool {
  constructor() {
    super(UserSchema, Definition);
  }
  async process(args) { return lookup(args.id); }
}
`,
    "src/index.ts": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
`,
  });
  assert.deepEqual(tools(x), ["search_docs tool class src/tools/search.ts:6 [query]", "list_tools tool class src/tools/list.js:4 []", "get_user tool class src/tools/user.js:6 [id]"]);
});

test("low-level, JS: the list is a parameter the caller fills from a helper's return, handlers are wrapped twice, the dispatcher forwards the request", () => {
  const x = extract({
    "dist/tools.js": `export function createToolDefinitions() {
  return [
    { name: "navigate", description: "Open a URL", inputSchema: { type: "object", properties: { url: { type: "string" } } } },
    { name: "screenshot", description: "Capture the page", inputSchema: { type: "object", properties: { name: { type: "string" } } } },
  ];
}
`,
    "dist/handlers.js": `import { ListToolsRequestSchema, CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
export function setupRequestHandlers(server, tools, monitor) {
  const withMonitoring = (handler) => async (...args) => monitor(() => handler(...args));
  server.setRequestHandler(ListToolsRequestSchema, log.wrap("ListTools", withMonitoring(async () => ({ tools: tools }))));
  server.setRequestHandler(CallToolRequestSchema, async (request) => handleCallTool(request));
}
async function handleCallTool(request) {
  const { name, arguments: args } = request.params;
  switch (name) {
    case "navigate":
      return page.goto(args.url);
    case "screenshot":
      return page.screenshot(args.name);
  }
}
`,
    "dist/index.js": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { createToolDefinitions } from "./tools.js";
import { setupRequestHandlers } from "./handlers.js";
const TOOLS = createToolDefinitions();
setupRequestHandlers(new Server({ name: "b", version: "1" }), TOOLS, () => {});
`,
  });
  assert.deepEqual(tools(x), ["navigate setRequestHandler dist/handlers.js:10 [url]", "screenshot setRequestHandler dist/handlers.js:12 [name]"]);
  assert.deepEqual(x.handlers.map((h) => h.argumentParams), [[0], [0]]);
});

test("low-level, TS: a map projection over module namespaces, and this.method dispatch with request.params forwarded", () => {
  const x = extract({
    "src/tools/eval.ts": `export const metadata = { name: "browser_eval", description: "Evaluate in the browser" };
export const inputSchema = { script: z.string() };
export async function handler(args: { script: string }) { return run(args.script); }
`,
    "src/tools/docs.ts": `export const metadata = { name: "docs_search", description: "Search docs" };
export const inputSchema = { topic: z.string() };
export async function searchDocs(args: { topic: string }) { return search(args.topic); }
`,
    "src/server.ts": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListToolsRequestSchema, CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import * as browserEval from "./tools/eval.js";
import * as docs from "./tools/docs.js";
const tools = [browserEval, docs];
class DevtoolsServer {
  server = new Server({ name: "d", version: "1" });
  start() {
    this.server.setRequestHandler(ListToolsRequestSchema, async () => ({
      tools: tools.map((tool) => ({ name: tool.metadata.name, description: tool.metadata.description, inputSchema: { type: "object", properties: toJson(tool.inputSchema) } })),
    }));
    this.server.setRequestHandler(CallToolRequestSchema, async (request) => this.route(request.params));
  }
  private async route(params: { name: string; arguments?: unknown }) {
    if (params.name === "browser_eval") return browserEval.handler(params.arguments as never);
    if (params.name === "docs_search") return docs.searchDocs(params.arguments as never);
  }
}
`,
  });
  // The element's own handler when it has one; else the dispatcher's branch for the name.
  assert.deepEqual(tools(x), ["browser_eval setRequestHandler src/tools/eval.ts:3 [script]", "docs_search setRequestHandler src/server.ts:16 [topic]"]);
});

test("registration in a loop, JS: forEach over an imported list with a name → handler table; one tool registered twice is one tool", () => {
  const x = extract({
    "tools/index.js": `import { runPipelineTool } from "./runPipeline.js";
import { runPipeline } from "./runPipelineHandler.js";
import { listProjectsTool } from "./listProjects.js";
export const TOOLS = [runPipelineTool, listProjectsTool];
export const HANDLERS = { run_pipeline: runPipeline, list_projects: async () => ({ content: [] }) };
`,
    "tools/runPipeline.js": `export const runPipelineTool = { name: "run_pipeline", description: "Starts a pipeline", inputSchema: z.object({ branch: z.string() }) };
`,
    "tools/runPipelineHandler.js": `export async function runPipeline(args) { return client.trigger(args.params.branch); }
`,
    "tools/listProjects.js": `export const listProjectsTool = { name: "list_projects", description: "Followed projects", inputSchema: z.object({}) };
`,
    "index.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { TOOLS, HANDLERS } from "./tools/index.js";
const server = new McpServer({ name: "ci", version: "1" });
TOOLS.forEach((tool) => {
  const handler = HANDLERS[tool.name];
  const wrapped = withTelemetry(tool.name, handler);
  if (tool.annotations) server.tool(tool.name, tool.description, { params: tool.inputSchema }, tool.annotations, wrapped);
  else server.tool(tool.name, tool.description, { params: tool.inputSchema }, wrapped);
});
`,
  });
  assert.deepEqual(tools(x), ["run_pipeline loop.tool tools/runPipelineHandler.js:1 [params]", "list_projects loop.tool tools/index.js:5 [params]"]);
  assert.equal(x.model.tools[0].description, "Starts a pipeline");
  // Two registrations, one handler function each time: the tool keeps one handler, not two copies.
  assert.equal(x.handlers.filter((h) => h.item.name === "run_pipeline").length, 1);
});

test("registration in a wrapper, TS and CJS: the wrapper's parameters are each caller's arguments", () => {
  const ts = extract({
    "src/server.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
class ArgoServer extends McpServer {
  addJsonTool(name: string, description: string, shape: z.ZodRawShape, cb: (args: any) => Promise<unknown>) {
    this.tool(name, description, shape, async (args) => ({ content: [{ type: "text", text: JSON.stringify(await cb(args)) }] }));
  }
  constructor() {
    super({ name: "argo", version: "1" });
    this.addJsonTool("list_apps", "Lists applications", { search: z.string() }, async ({ search }) => this.client.apps(search));
    this.addJsonTool("sync_app", "Syncs an application", { app: z.string() }, async ({ app }) => this.client.sync(app));
  }
}
`,
  });
  assert.deepEqual(tools(ts), ["list_apps wrapper.tool src/server.ts:9 [search]", "sync_app wrapper.tool src/server.ts:10 [app]"]);
  const cjs = extract({
    "dist/utils/with-logging.js": `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = registerWithLogging;
function registerWithLogging(mcpServer, toolName, config, handler, logger) {
  mcpServer.registerTool(toolName, config, async (args, extra) => { logger.info(toolName); return handler(args, extra); });
}
`,
    "dist/tools/create.js": `"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = declareCreate;
const with_logging_1 = __importDefault(require("../utils/with-logging"));
function declareCreate(mcpServer, logger) {
  return (0, with_logging_1.default)(mcpServer, "create", { description: "Create a record", inputSchema: { collection: z.string() } }, async (options) => rpc.create(options.collection), logger);
}
`,
    "dist/server.js": `"use strict";
const mcp_js_1 = require("@modelcontextprotocol/sdk/server/mcp.js");
`,
  });
  assert.deepEqual(tools(cjs), ["create wrapper.registerTool dist/tools/create.js:7 [collection]"]);
});

test("a wrapper of a wrapper, TS: each call of the outer one is a tool, its handler and schema what that call passes; a name that is no parameter stays the inner call's own", () => {
  const x = extract({
    "src/register.ts": `import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
export function addTool(server: McpServer, name: string, config: { description: string; inputSchema: object }, handler: (a: any) => Promise<any>) {
  const guarded = async (args: any) => { audit(name); return handler(args); };
  server.registerTool(name, { ...config }, guarded);
}
`,
    "src/tools.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { addTool } from "./register.js";
export class Tools {
  constructor(private server: McpServer, private off: Set<string>) {}
  private define(name: string, config: any, handler: any) {
    if (this.off.has(name)) return;
    addTool(this.server, name, config, handler);
  }
  install() {
    this.define("list_jobs", { description: "Lists jobs", inputSchema: { queue: z.string() } }, async ({ queue }) => jobs(queue));
    this.define("cancel_job", { description: "Cancels a job", inputSchema: { id: z.string() } }, async ({ id }) => cancel(id));
    addTool(this.server, "ping", { description: "Ping", inputSchema: {} }, async () => "pong");
  }
}
`,
  });
  assert.deepEqual(tools(x), [
    "list_jobs wrapper.registerTool src/tools.ts:11 [queue]",
    "cancel_job wrapper.registerTool src/tools.ts:12 [id]",
    "ping wrapper.registerTool src/tools.ts:13 []",
  ]);
});

test("a definition that registers itself, JS: its method's destructured `name` is the object's own, counted once with the handler it registers", () => {
  const x = extract({
    "dist/tools.js": `import { z } from "zod";
export const searchTool = {
  name: "search_issues",
  description: "Searches the issues",
  async context(shared) { return { repo: shared.repo }; },
  install(server, { name, description, context }) {
    const schema = z.object({ query: z.string() });
    server.registerTool(name, { description, inputSchema: schema.shape }, async ({ query }) => context.repo.search(query));
  },
};
export const statusTool = {
  name: "repo_status",
  description: "Status of the repository",
  install(server, { name, description }) {
    server.registerTool(name, { description }, async () => status());
  },
};
`,
    "dist/index.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { searchTool, statusTool } from "./tools.js";
const server = new McpServer({ name: "issues", version: "1.0.0" });
for (const t of [searchTool, statusTool]) t.install(server, { name: t.name, description: t.description, context: await t.context?.({}) });
`,
  });
  assert.deepEqual(tools(x), ["search_issues definition.registerTool dist/tools.js:8 [query]", "repo_status definition.registerTool dist/tools.js:15 []"]);
  assert.equal(x.model.tools[0]!.description, "Searches the issues");
});

test("a JSON-RPC server written by hand, TS: `switch (request.method)` answering tools/list with a constant list and tools/call by a switch on the name", () => {
  const x = extract({
    "src/server.ts": `import * as readline from "node:readline";
const TOOLS = [
  { name: "convert", description: "Converts units", inputSchema: { type: "object", properties: { value: { type: "number" }, unit: { type: "string" } } } },
  { name: "rates", description: "Exchange rates", inputSchema: { type: "object", properties: { base: { type: "string" } } } },
];
async function onRequest(request: { id: number; method: string; params?: any }) {
  switch (request.method) {
    case "tools/list":
      return reply(request.id, { tools: TOOLS });
    case "tools/call": {
      const { name, arguments: args } = request.params;
      switch (name) {
        case "convert":
          return reply(request.id, convert(args.value, args.unit));
        case "rates":
          return reply(request.id, await rates(args.base));
      }
    }
  }
}
readline.createInterface({ input: process.stdin }).on("line", (line) => onRequest(JSON.parse(line)));
`,
  }, {}, {});
  assert.deepEqual(tools(x), ["convert setRequestHandler src/server.ts:13 [value,unit]", "rates setRequestHandler src/server.ts:15 [base]"]);
});

test("low-level prompts and resource templates: prompts/get dispatches by name, template variables are parameters the reader receives", () => {
  const x = extract({
    "index.js": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListPromptsRequestSchema, GetPromptRequestSchema, ListResourceTemplatesRequestSchema, ReadResourceRequestSchema } from "@modelcontextprotocol/sdk/types.js";
const server = new Server({ name: "p", version: "1" });
server.setRequestHandler(ListPromptsRequestSchema, async () => ({ prompts: [{ name: "review_mr", description: "Review a merge request", arguments: [{ name: "mr_url", required: true }] }] }));
server.setRequestHandler(GetPromptRequestSchema, async (request) => {
  switch (request.params.name) {
    case "review_mr":
      return { messages: [{ role: "user", content: { type: "text", text: "Review " + request.params.arguments.mr_url } }] };
  }
});
server.setRequestHandler(ListResourceTemplatesRequestSchema, async () => ({ resourceTemplates: [{ uriTemplate: "repo://{owner}/{repo}/file/{+path}", name: "repo_file" }] }));
server.setRequestHandler(ReadResourceRequestSchema, async (request) => readRepoFile(request.params.uri));
`,
  });
  const items = [...x.model.prompts, ...x.model.resources].map((i) => `${i.kind} ${i.name} ${i.handlerLocation?.line ?? "-"} [${i.parameters.map((p) => p.name).join(",")}]`);
  assert.deepEqual(items, ["prompt review_mr 7 [mr_url]", "resource-template repo_file 12 [owner,repo,path]"]);
  assert.deepEqual(x.handlers.map((h) => `${h.item.name}:${h.argumentParams.join(",")}`), ["review_mr:0", "repo_file:0"]);
});

test("server elsewhere: a native binary, a relaying shim, a remote proxy, a dependency; a package that builds its own server is our miss, not a dependency's", () => {
  const native = extract({ "index.js": `const { spawnSync } = require("child_process");\nspawnSync(require.resolve(\`@acme/mcp-\${process.platform}-\${process.arch}/bin/acme\`), process.argv.slice(2), { stdio: "inherit" });\n` }, {
    name: "@acme/mcp",
    optionalDependencies: { "@acme/mcp-linux-x64": "1.0.0", "@acme/mcp-darwin-arm64": "1.0.0", "@acme/mcp-win32-x64": "1.0.0", "@lancedb/lancedb-linux-x64-gnu": "0.1.0" },
  }, {});
  assert.deepEqual([native.model.elsewhere?.kind, native.model.elsewhere?.where], ["native-binary", "@acme/mcp-linux-x64 and 2 other platform packages"]);
  // Platform builds of a native library the package uses are not its server.
  const library = extract({ "index.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\nimport lancedb from "@lancedb/lancedb";\n` }, {
    name: "docs-mcp",
    optionalDependencies: { "@lancedb/lancedb-linux-x64-gnu": "0.1.0", "@lancedb/lancedb-darwin-arm64": "0.1.0" },
  });
  assert.notEqual(library.model.elsewhere?.kind, "native-binary");

  const shim = extract({
    "bin/proxy.js": `import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
const transport = new StdioClientTransport({ command: "uvx", args: ["acme-mcp"] });
`,
  }, { entryPoints: { exports: [], bin: { proxy: "bin/proxy.js" } } });
  assert.deepEqual([shim.model.elsewhere?.kind, shim.model.elsewhere?.where], ["shim", "uvx"]);

  const remote = extract({
    "dist/index.js": `const streamableHttp_js_1 = require("@modelcontextprotocol/sdk/client/streamableHttp.js");
const MCP_SERVER_URL = "https://mcp.acme.example";
const transport = new streamableHttp_js_1.StreamableHTTPClientTransport(new URL(MCP_SERVER_URL), { requestInit: { headers } });
`,
  });
  assert.deepEqual([remote.model.elsewhere?.kind, remote.model.elsewhere?.where], ["remote-proxy", "https://mcp.acme.example"]);
  assert.match(remote.model.elsewhere?.reason ?? "", /https:\/\/mcp\.acme\.example/);

  const dependency = extract({
    "cli.js": `const { tools } = require("acme-core/lib/mcpBundle");
tools.decorateCommand(program);
`,
  }, { entryPoints: { exports: [], bin: { acme: "cli.js" } } }, { "acme-core": "1.2.3" });
  assert.deepEqual([dependency.model.elsewhere?.kind, dependency.model.elsewhere?.where], ["dependency", "acme-core"]);
  assert.match(dependency.model.elsewhere?.reason ?? "", /mcp-warden scan acme-core/);
  // A builtin's name listed as a dependency (a polyfill) is still the builtin Node loads, not the server's package.
  const polyfill = extract({
    "cli.js": `const { Buffer } = require("buffer");
const assert = require("assert/strict");
const { tools } = require("acme-core");
tools.startMcpServer(process.argv);
`,
  }, { entryPoints: { exports: [], bin: { acme: "cli.js" } } }, { buffer: "6.0.3", assert: "2.1.0", "acme-core": "1.2.3" });
  assert.deepEqual([polyfill.model.elsewhere?.kind, polyfill.model.elsewhere?.where], ["dependency", "acme-core"]);
  // Libraries the entry merely uses (configuration, validation, a web framework, a prompt library) are never named as the server.
  const generic = extract({
    "bin/server.js": `import "dotenv/config";
import express from "express";
import { z } from "zod";
import { select } from "@inquirer/prompts";
const app = express();
app.post("/", (req, res) => res.json({ jsonrpc: "2.0", id: req.body.id, result: z.object({}).parse({}) }));
app.listen(3000);
`,
  }, { entryPoints: { exports: [], bin: { srv: "bin/server.js" } } }, { dotenv: "16.0.0", express: "4.21.2", zod: "3.23.8", "@inquirer/prompts": "7.9.0" });
  assert.equal(generic.model.elsewhere, undefined);

  const ours = extract({
    "index.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { register } from "acme-mcp-helpers";
const server = new McpServer({ name: "a", version: "1" });
register(server, buildTools(await loadConfig()));
`,
  }, {}, { ...SDK, "acme-mcp-helpers": "1.0.0" });
  assert.equal(ours.model.elsewhere, undefined);
  // Found tools: no verdict at all.
  assert.equal(extract({ "a.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\nnew McpServer({}).tool("t", async () => ({}));\n` }).model.elsewhere, undefined);
});

test("a registry whose list the code builds at run time: bare definitions are the tools it lists, and only then", () => {
  const registry = `export class ToolRegistry {
  tools = new Map();
  register(definition, handler) { this.tools.set(definition.name, { ...definition, handler }); }
  listDefinitions() { return [...this.tools.values()].map(({ name, description, inputSchema }) => ({ name, description, inputSchema })); }
  async dispatch(name, args) { return this.tools.get(name).handler(args); }
}
`;
  const definitions = `export const toolDefinitions = [
  { name: "get_pull_request", description: "One pull request", inputSchema: { type: "object", properties: { id: { type: "number" } } } },
  { name: "merge_pull_request", description: "Merge it", inputSchema: { type: "object", properties: { id: { type: "number" }, strategy: { type: "string" } } } },
];
export const help = { name: "help_text", description: "Not a tool: nothing lists it", inputSchema: {} };
`;
  const server = (listed: string) => `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListToolsRequestSchema, CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { ToolRegistry } from "./registry.js";
import { toolDefinitions } from "./definitions.js";
export class BitbucketServer {
  registry = new ToolRegistry();
  server = new Server({ name: "bb", version: "1" });
  start(handlers) {
    for (const definition of toolDefinitions) this.registry.register(definition, handlers[definition.name]);
    this.server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: ${listed} }));
    this.server.setRequestHandler(CallToolRequestSchema, async (request) => this.registry.dispatch(request.params.name, request.params.arguments));
  }
}
`;
  const unread = extract({ "build/registry.js": registry, "build/definitions.js": definitions, "build/server.js": server("this.registry.listDefinitions()") });
  // help_text is listed too: with the list unreadable, every complete definition is a candidate (the cost of reading a registry we cannot follow).
  assert.deepEqual(tools(unread), ["get_pull_request definition - [id]", "merge_pull_request definition - [id,strategy]", "help_text definition - []"]);
  // The same definitions with a list the code spells out: only the listed ones.
  const read = extract({ "build/registry.js": registry, "build/definitions.js": definitions, "build/server.js": server("toolDefinitions") });
  assert.deepEqual(tools(read), ["get_pull_request setRequestHandler - [id]", "merge_pull_request setRequestHandler - [id,strategy]"]);
});

test("definitions built by a factory, TS: each call is its own tool, the factory's parameters are that call's arguments", () => {
  const factory = `import type { ZodRawShape } from "zod";
export const makeTool = (name: string, description: string, schema: ZodRawShape, handler: (args: any) => Promise<unknown>) => ({ name, description, schema, handler });
export function makeConfig(port: number) { return { port, description: "not a tool", schema: {} }; }
`;
  const x = extract({
    "src/factory.ts": factory,
    "src/tools/search.ts": `import { z } from "zod";
import { makeTool } from "../factory.js";
export const searchTool = makeTool("search_notes", "Search the notes", { query: z.string() }, async ({ query }) => find(query));
export const readTool = makeTool("read_note", "Read one note", { id: z.string(), raw: z.boolean() }, async ({ id }) => read(id));
`,
    "src/server.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { searchTool, readTool } from "./tools/search.js";
import { makeConfig } from "./factory.js";
const server = new McpServer({ name: "notes", version: "1" });
const config = makeConfig(8080);
for (const t of [searchTool, readTool]) server.registerTool(t.name, { description: t.description, inputSchema: t.schema }, t.handler);
`,
  });
  assert.deepEqual(tools(x), ["search_notes loop.registerTool src/tools/search.ts:3 [query]", "read_note loop.registerTool src/tools/search.ts:4 [id,raw]"]);
});

test("definitions built by a factory, JS: a curried factory's thunks called in a map, and factory-made entries of a low-level list", () => {
  const x = extract({
    "lib/create-tool.js": `export const createTool = (name, description, schema, handler) => () => ({ name: name, description: description, schema: schema, handler: handler });
`,
    "lib/tools.js": `import { createTool } from "./create-tool.js";
const listJobs = createTool("list-jobs", "List the jobs", {}, async () => jobs());
const cancelJob = createTool("cancel-job", "Cancel a job", { id: {} }, async ({ id }) => cancel(id));
export const ALL = [listJobs, cancelJob];
`,
    "lib/index.js": `import { ALL } from "./tools.js";
export function install(server) {
  ALL.map((make) => make()).forEach((tool) => server.tool(tool.name, tool.description, tool.schema, tool.handler));
}
`,
  });
  assert.deepEqual(tools(x), ["list-jobs loop.tool lib/tools.js:2 []", "cancel-job loop.tool lib/tools.js:3 [id]"]);

  const low = extract({
    "build/defs.js": `function scopedList(name, description, idProperty) {
  return { name, description, inputSchema: { type: "object", properties: { [idProperty]: { type: "string" } } } };
}
export const issueDocs = scopedList("get_issue_docs", "Documents of an issue", "issueId");
export const cycleDocs = scopedList("get_cycle_docs", "Documents of a cycle", "cycleId");
export const viewer = { name: "get_viewer", description: "Who am I", inputSchema: { type: "object", properties: {} } };
`,
    "build/server.js": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { issueDocs, cycleDocs, viewer } from "./defs.js";
const server = new Server({ name: "docs", version: "1" });
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [viewer, issueDocs, cycleDocs] }));
`,
  });
  assert.deepEqual(low.model.tools.map((t) => t.name), ["get_viewer", "get_issue_docs", "get_cycle_docs"]);
});

test("a parameter's property is what the callers pass: a list in `config.tools`, a wrapper destructured from `ctx` that forwards `...args`", () => {
  const x = extract({
    "dist/run.js": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListToolsRequestSchema, CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
export async function runServer(config) {
  const server = new Server({ name: "tracker", version: "1" });
  const listed = config.tools.map(toSdk);
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: listed }));
  server.setRequestHandler(CallToolRequestSchema, async (request) => config.handle(request.params));
  return server;
}
function toSdk(def) { return { name: def.name, description: def.description, inputSchema: def.input_schema }; }
`,
    "dist/index.js": `import { runServer } from "./run.js";
import { definitions } from "./definitions.js";
await runServer({ tools: definitions, handle: async (req) => dispatch(req) });
`,
    "dist/definitions.js": `export const definitions = [
  { name: "get_ticket", description: "One ticket", input_schema: { type: "object", properties: { id: { type: "string" } } } },
  { name: "close_ticket", description: "Close it", input_schema: { type: "object", properties: { id: { type: "string" } } } },
];
`,
  });
  assert.deepEqual(x.model.tools.map((t) => t.name), ["get_ticket", "close_ticket"]);

  const wrapped = extract({
    "src/tools/files.ts": `import { z } from "zod";
export function registerFileTools(ctx: Ctx) {
  const { addTool, track } = ctx;
  addTool("list_files", "List the files", { dir: z.string() }, track("list_files", async ({ dir }) => list(dir)));
  if (ctx.writable) {
    addTool("write_file", "Write a file", { path: z.string(), text: z.string() }, async ({ path, text }) => write(path, text));
  }
}
`,
    "src/register.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { registerFileTools } from "./tools/files.js";
export function registerAll(server: McpServer, writable: boolean) {
  const addTool = (toolName: string, ...args: any[]) => {
    if (disabled.has(toolName)) return false;
    server.tool(toolName, ...args);
    return true;
  };
  const track = (name: string, fn: Function) => fn;
  const ctx = { addTool, track, writable };
  registerFileTools(ctx);
  const spread = ["ignored", "no name a reader can pin"];
  addTool(...spread);
}
`,
  });
  assert.deepEqual(tools(wrapped), ["list_files wrapper.tool src/tools/files.ts:4 [dir]", "write_file wrapper.tool src/tools/files.ts:6 [path,text]"]);
});

test("a relay written without the SDK: stdin lines sent over HTTP name the remote server; an HTTP client that is not fed stdin is not a proxy", () => {
  const relay = extract({
    "bin/router.js": `#!/usr/bin/env node
const https = require("https");
const DEFAULT_ENDPOINT = "https://api.example-router.test/mcp";
const endpoint = process.env.ROUTER_ENDPOINT || DEFAULT_ENDPOINT;
function post(body) {
  const url = new URL(endpoint);
  return new Promise((resolve) => { const req = https.request({ hostname: url.hostname, path: url.pathname, method: "POST" }, resolve); req.end(body); });
}
let buffer = "";
process.stdin.on("data", async (chunk) => {
  buffer += chunk;
  for (const line of buffer.split("\\n")) if (line.trim()) process.stdout.write(JSON.stringify(await post(line)) + "\\n");
});
`,
  }, { entryPoints: { exports: [], bin: { router: "bin/router.js" } } }, {});
  assert.deepEqual([relay.model.elsewhere?.kind, relay.model.elsewhere?.where], ["remote-proxy", "https://api.example-router.test/mcp"]);
  // ESM with fetch and readline, the address only given at run time.
  const fetched = extract({
    "dist/cli.mjs": `import readline from "node:readline";
const rl = readline.createInterface({ input: process.stdin });
rl.on("line", async (line) => { const r = await fetch(process.argv[2], { method: "POST", body: line }); console.log(await r.text()); });
`,
  }, { entryPoints: { exports: [], bin: { cli: "dist/cli.mjs" } } }, {});
  assert.deepEqual([fetched.model.elsewhere?.kind, fetched.model.elsewhere?.where], ["remote-proxy", "a URL chosen at run time"]);
  // A CLI that downloads a file and reads a yes/no answer from stdin relays nothing: no proxy.
  const cli = extract({
    "cli.js": `const https = require("https");
const answers = new Map();
process.stdin.once("data", (d) => answers.get(String(d)));
`,
  }, { entryPoints: { exports: [], bin: { c: "cli.js" } } }, {});
  assert.equal(cli.model.elsewhere, undefined);
  // A server holding the SDK reads stdin through its transport and fetches for its tools: its own server, not a proxy (we missed its tools).
  const own = extract({
    "main.cjs": `const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const DOCS = "https://raw.example-docs.test/content.json";
process.stdin.on("data", () => {});
async function load() { return (await fetch(DOCS)).json(); }
`,
  }, { entryPoints: { exports: [], bin: { m: "main.cjs" } } });
  assert.equal(own.model.elsewhere, undefined);
});

test("a wrapper called from a loop: each element of the caller's list is one tool, the list a class field read as `this.tools`", () => {
  const x = extract({
    "src/registry.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { ListNotes, DeleteNote } from "./handlers.js";
export class ToolRegistry {
  private tools = [
    { name: "list-notes", description: "List the notes", schema: z.object({ folder: z.string() }), handler: ListNotes },
    { name: "delete-note", description: "Delete a note", schema: z.object({ id: z.string() }), handler: DeleteNote },
  ];
  registerAll(server: McpServer) {
    for (const tool of this.tools) this.registerOne(server, tool);
  }
  private registerOne(server: McpServer, tool: { name: string; description: string; schema: z.ZodObject<any>; handler: any }) {
    server.registerTool(tool.name, { description: tool.description, inputSchema: tool.schema.shape }, async (args) => new tool.handler().run(args));
  }
}
`,
    "src/handlers.ts": `export class ListNotes { async run(args) { return list(args.folder); } }
export class DeleteNote { async run(args) { return remove(args.id); } }
`,
  });
  assert.deepEqual(x.model.tools.map((t) => `${t.name} ${t.registeredVia} [${t.parameters.map((p) => p.name).join(",")}]`), ["list-notes wrapper.registerTool [folder]", "delete-note wrapper.registerTool [id]"]);
});

test("a base class registering `this.name` is each tool class extending it, counted once; with no tool class to stand for, it stays one unnamed tool", () => {
  const base = `export class BaseTool {
  installTo(server) {
    this.server = server;
    return server.registerTool(this.name, { description: this.description, inputSchema: this.inputSchema.shape }, (args) => this.run(args));
  }
}
export class BaseResource {
  installTo(server) { server.registerResource(this.name, this.uri, { description: this.description }, (uri) => this.read(uri)); }
}
`;
  const x = extract({
    "dist/esm/BaseTool.js": base,
    "dist/esm/tools.js": `import { z } from "zod";
import { BaseTool } from "./BaseTool.js";
export class AreaTool extends BaseTool {
  name = "area_tool";
  description = "Area of a polygon";
  inputSchema = z.object({ polygon: z.array(z.number()) });
  async execute(args) { return area(args.polygon); }
}
export class DistanceTool extends BaseTool {
  name = "distance_tool";
  description = "Distance between two points";
  inputSchema = z.object({ from: z.string(), to: z.string() });
  async execute(args) { return distance(args.from, args.to); }
}
`,
    "dist/esm/index.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { AreaTool, DistanceTool } from "./tools.js";
const server = new McpServer({ name: "geo", version: "1" });
for (const t of [new AreaTool(), new DistanceTool()]) t.installTo(server);
`,
  });
  assert.deepEqual(x.model.tools.map((t) => `${t.name} ${t.registeredVia}`), ["area_tool tool class", "distance_tool tool class"]);

  const alone = extract({
    "lib/BaseTool.js": base,
    "lib/index.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { loadPlugins } from "./plugins.js";
const server = new McpServer({ name: "plugins", version: "1" });
for (const plugin of await loadPlugins()) plugin.installTo(server);
`,
  });
  assert.deepEqual(alone.model.tools.map((t) => `${t.name} ${t.registeredVia}`), ["<dynamic> McpServer.registerTool"]);
});

test("a registrar closure, TS and CJS: each call of what the factory returns is a tool, here or imported; a closure nobody binds to a name registers nothing", () => {
  const ts = extract({
    "src/registrar.ts": `import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
export function createToolRegistrar(server: McpServer, version: string) {
  return (name: string, description: string, shape: z.ZodRawShape, handler: (a: any) => Promise<any>) => {
    const wrapped = async (args: any) => { const res = await handler(args); return notice(res, version); };
    server.tool(name, description, shape, wrapped);
  };
}
`,
    "src/index.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { createToolRegistrar } from "./registrar.js";
import * as sites from "./sites.js";
const server = new McpServer({ name: "search", version: "2.0.0" });
const registerTool = createToolRegistrar(server, "2.0.0");
registerTool("sites_list", "Lists sites", { engine: z.string() }, sites.list);
registerTool("sitemaps_submit", "Submits a sitemap", { site: z.string(), url: z.string() }, async ({ site, url }) => sites.submit(site, url));
const unrelated = makeLogger("x");
unrelated("not_a_tool", "ignored", {}, async () => 1);
`,
    "src/sites.ts": `export async function list({ engine }: { engine: string }) { return engine; }
export async function submit(site: string, url: string) { return fetch(url); }
`,
  });
  assert.deepEqual(tools(ts), ["sites_list wrapper.tool src/sites.ts:1 [engine]", "sitemaps_submit wrapper.tool src/index.ts:8 [site,url]"]);
  const cjs = extract({
    "dist/register.js": `"use strict";
const makeRegister = (server) => function (name, config, cb) {
  return server.registerTool(name, config, cb);
};
const orphan = (server) => (name, config, cb) => server.registerTool(name, config, cb);
exports.makeRegister = makeRegister;
exports.orphan = orphan;
`,
    "dist/server.js": `"use strict";
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { makeRegister, orphan } = require("./register.js");
const server = new McpServer({ name: "kv", version: "1.0.0" });
const add = makeRegister(server);
add("kv_get", { description: "Reads a key", inputSchema: { key: z.string() } }, async ({ key }) => store.get(key));
add("kv_put", { description: "Writes a key", inputSchema: { key: z.string(), value: z.string() } }, async ({ key, value }) => store.put(key, value));
orphan(server);
`,
  });
  assert.deepEqual(tools(cjs), ["kv_get wrapper.registerTool dist/server.js:6 [key]", "kv_put wrapper.registerTool dist/server.js:7 [key,value]"]);
});

test("a bound registration method, JS and TS: calls through `server.registerTool.bind(server)` register, in a method wrapper and a loop; a bound function of another method does not", () => {
  const js = extract({
    "dist/tools.js": `export const FORECAST_TOOL = { name: "forecast", title: "Forecast", description: "Weather forecast" };
export const ARCHIVE_TOOL = { name: "archive", title: "Archive", description: "Past weather" };
`,
    "dist/index.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { FORECAST_TOOL, ARCHIVE_TOOL } from "./tools.js";
class WeatherServer {
  registerReadOnly(server, meta, schema, handler) {
    const registerUntyped = server.registerTool.bind(server);
    registerUntyped(meta.name, { title: meta.title, description: meta.description, inputSchema: schema }, async (params) => {
      return handler(schema.parse(params));
    });
  }
  create() {
    const server = new McpServer({ name: "weather", version: "1.0.0" });
    this.registerReadOnly(server, FORECAST_TOOL, ForecastSchema, (params) => this.client.forecast(params));
    this.registerReadOnly(server, ARCHIVE_TOOL, ArchiveSchema, (params) => this.client.archive(params));
    const note = server.sendLoggingMessage.bind(server);
    note("started", { level: "info" }, () => 1);
    return server;
  }
}
`,
  });
  assert.deepEqual(js.model.tools.map((t) => `${t.name} ${t.registeredVia} ${t.description}`), ["forecast wrapper.registerTool Weather forecast", "archive wrapper.registerTool Past weather"]);
  const ts = extract({
    "src/defs.ts": `import { z } from "zod";
export const DEFINITIONS = [
  { name: "read_file", description: "Reads a file", schema: z.object({ path: z.string() }), handler: async ({ path }: any) => readFile(path) },
  { name: "list_dir", description: "Lists a folder", schema: z.object({ dir: z.string() }), handler: async ({ dir }: any) => readdir(dir) },
];
`,
    "src/server.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { DEFINITIONS } from "./defs.js";
const server = new McpServer({ name: "files", version: "1.0.0" });
const reg = server.registerTool.bind(server);
for (const d of DEFINITIONS) reg(d.name, { description: d.description, inputSchema: d.schema.shape }, d.handler);
const original = server.registerTool.bind(server);
// An override of the method: the alias inside it is called with a name nobody binds, and is no tool of its own.
(server as any).registerTool = function (toolName: string, config: any, handler: any) {
  return original(toolName, config, async (args: any) => handler(args));
};
`,
  });
  assert.deepEqual(tools(ts), ["read_file loop.registerTool src/defs.ts:3 [path]", "list_dir loop.registerTool src/defs.ts:4 [dir]"]);
});

test("schemas in the SDK's `tool` overloads that are built, TS and JS: `ns.schema.shape` off another module, a helper given the shape, a template description; a description built by a call stays a description", () => {
  const ts = extract({
    "src/definitions/addTask.ts": `import { z } from "zod";
export const schema = z.object({ name: z.string().describe("Task name"), note: z.string().optional() });
export async function handler(args: { name: string; note?: string }) { return run(args); }
`,
    "src/schema.ts": `import { z } from "zod";
export const withGraph = (base: Record<string, z.ZodTypeAny>) => (process.env.GRAPH_ID ? base : { ...base, graphId: z.string() });
`,
    "src/server.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import * as addTask from "./definitions/addTask.js";
import { withGraph } from "./schema.js";
import { nudge } from "./nudge.js";
const server = new McpServer({ name: "tasks", version: "1.0.0" });
const repo = process.env.REPO ?? "this repository";
server.tool("add_task", "Creates a task", addTask.schema.shape, nudge(addTask.handler));
server.tool("get_code", \`Reads code from \${repo}\`, withGraph({ path: z.string() }), async ({ path }) => code(path));
server.tool("ping", label("ping"), async () => ({ content: [] }));
`,
  });
  assert.deepEqual(tools(ts), ["add_task McpServer.tool src/definitions/addTask.ts:3 [name,note]", "get_code McpServer.tool src/server.ts:9 [path]", "ping McpServer.tool src/server.ts:10 []"]);
  assert.equal(ts.model.tools[2].dynamic, true);
  const js = extract({
    "dist/prompts.js": `const { z } = require("zod");
exports.ReviewArgs = z.object({ file: z.string(), focus: z.string().optional() });
`,
    "dist/index.js": `const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { ReviewArgs } = require("./prompts.js");
const server = new McpServer({ name: "review", version: "1.0.0" });
server.prompt("review", ReviewArgs.shape, ({ file, focus }) => ({ messages: [{ role: "user", content: { type: "text", text: file + (focus || "") } }] }));
`,
  });
  assert.deepEqual(js.model.prompts.map((p) => `${p.name} ${p.description ?? "-"} [${p.parameters.map((q) => q.name).join(",")}]`), ["review - [file,focus]"]);
});

test("definition tables with a shared handler, JS and TS: `{ tools, handler }` pairs given to a registry are tools linked to the handler's branch per name; an LLM tool config is not", () => {
  const js = extract({
    "dist/server.js": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListToolsRequestSchema, CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
class Registry {
  map = new Map();
  register(pair) { for (const t of pair.tools) this.map.set(t.name, { definition: t, handler: pair.handler }); }
  getHandler(name) { return this.map.get(name)?.handler; }
  getAllDefinitions() { return Array.from(this.map.values()).map((e) => e.definition); }
}
function buildRegistry(pairs) { const r = new Registry(); for (const p of pairs) r.register(p); return r; }
const metadataTools = [
  { name: "crm_whoami", description: "Who the caller is", inputSchema: { type: "object", properties: {} } },
  { name: "crm_get_table", description: "Reads a table's metadata", inputSchema: { type: "object", properties: { table: { type: "string" } }, required: ["table"] } },
];
async function handleMetadata(name, args, client) {
  if (name === "crm_whoami") return client.whoAmI();
  if (name === "crm_get_table") return client.table(args.table);
  throw new Error("unknown");
}
const recordTools = [{ name: "crm_query", description: "Queries records", inputSchema: { type: "object", properties: { fetchXml: { type: "string" } } } }];
async function handleRecords(name, args, client) {
  switch (name) {
    case "crm_query": return client.query(args.fetchXml);
  }
}
const registry = buildRegistry([{ tools: metadataTools, handler: handleMetadata }, { tools: recordTools, handler: handleRecords }]);
const agent = { tools: [{ type: "function", name: "summarize", description: "Summarizes", inputSchema: {} }], handler: (name, args) => llm(name, args) };
const server = new Server({ name: "crm", version: "1.0.0" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [...registry.getAllDefinitions()] }));
server.setRequestHandler(CallToolRequestSchema, async (req) => registry.getHandler(req.params.name)(req.params.name, req.params.arguments, client));
`,
  });
  assert.deepEqual(tools(js), ["crm_whoami definition table dist/server.js:15 []", "crm_get_table definition table dist/server.js:16 [table]", "crm_query definition table dist/server.js:22 [fetchXml]"]);
  const ts = extract({
    "src/files.ts": `export const FILE_TOOLS = [
  { name: "read_file", description: "Reads a file", inputSchema: { type: "object", properties: { path: { type: "string" } } } },
  { name: "stat_file", description: "Stats a file", inputSchema: { type: "object", properties: { path: { type: "string" } } } },
];
export async function handleFileTool(tool: string, input: { path: string }) {
  switch (tool) {
    case "read_file":
      return readFile(input.path, "utf8");
    case "stat_file":
      return stat(input.path);
  }
}
`,
    "src/index.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { FILE_TOOLS, handleFileTool } from "./files.js";
import { ToolHub } from "./hub.js";
const hub = new ToolHub();
hub.add({ definitions: FILE_TOOLS, handler: handleFileTool });
hub.serve(new McpServer({ name: "files", version: "1.0.0" }));
`,
  });
  assert.deepEqual(tools(ts), ["read_file definition table src/files.ts:7 [path]", "stat_file definition table src/files.ts:9 [path]"]);
  assert.deepEqual(
    ts.handlers.map((h) => h.argumentParams),
    [[1], [1]],
  );
});

test("a list projected with a spread of each element's part, JS and TS: `({ ...t.definition, annotations })` over required modules in a server without the SDK, `({ ...m.meta, inputSchema })` over namespaces", () => {
  const js = extract(
    {
      "tools/dm.js": `const definition = { name: "vibe_dm", description: "Sends a message", inputSchema: { type: "object", properties: { handle: { type: "string" }, message: { type: "string" } } } };
async function handler(args) { return send(args.handle, args.message); }
module.exports = { definition, handler };
`,
      "tools/who.js": `const definition = { name: "vibe_who", description: "Who is online", inputSchema: { type: "object", properties: {} } };
async function handler() { return online(); }
module.exports = { definition, handler };
`,
      "index.js": `const tools = { vibe_dm: require("./tools/dm"), vibe_who: require("./tools/who") };
const DEFAULT_ANNOTATIONS = { readOnlyHint: false };
class Server {
  async handleRequest(request) {
    const { method, params, id } = request;
    switch (method) {
      case "tools/list":
        return { jsonrpc: "2.0", id, result: { tools: Object.values(tools).map((t) => ({ ...t.definition, annotations: DEFAULT_ANNOTATIONS })) } };
      case "tools/call": {
        const tool = tools[params.name];
        return { jsonrpc: "2.0", id, result: await tool.handler(params.arguments || {}) };
      }
    }
  }
}
process.stdin.on("data", async (line) => process.stdout.write(JSON.stringify(await new Server().handleRequest(JSON.parse(line))) + "\\n"));
`,
    },
    {},
    {},
  );
  assert.deepEqual(tools(js), ["vibe_dm setRequestHandler tools/dm.js:2 [handle,message]", "vibe_who setRequestHandler tools/who.js:2 []"]);
  const ts = extract({
    "src/tools/search.ts": `export const meta = { name: "search_docs", description: "Searches the docs" };
export const schema = { type: "object", properties: { query: { type: "string" } } };
export async function run(args: { query: string }) { return index.search(args.query); }
`,
    "src/tools/page.ts": `export const meta = { name: "read_page", description: "Reads a page" };
export const schema = { type: "object", properties: { slug: { type: "string" } } };
export async function run(args: { slug: string }) { return pages.get(args.slug); }
`,
    "src/server.ts": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import * as search from "./tools/search.js";
import * as page from "./tools/page.js";
const BASE = { title: "Docs" };
const server = new Server({ name: "docs", version: "1.0.0" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [search, page].map((m) => ({ ...BASE, ...m.meta, inputSchema: m.schema })) }));
`,
  });
  assert.deepEqual(tools(ts), ["search_docs setRequestHandler src/tools/search.ts:3 [query]", "read_page setRequestHandler src/tools/page.ts:3 [slug]"]);
});

test("a server in another language behind a JavaScript launcher says so, by the runtime it starts or the source file it names; a launcher of JavaScript or of a fixed tool does not", () => {
  const entry = { entryPoints: { exports: [], bin: { srv: "bin/cli.js" } } };
  const dart = extract({
    "bin/cli.js": `const { spawn, execSync } = require("child_process");
const path = require("path");
function runNative(binaryPath) { spawn(binaryPath, process.argv.slice(2), { stdio: "inherit" }); }
function runWithDart() {
  const serverScript = path.join(__dirname, "..", "dart", "bin", "server.dart");
  execSync("dart --version", { stdio: "ignore" });
  const dartArgs = ["run", serverScript, ...process.argv.slice(2)];
  spawn("dart", dartArgs, { stdio: "inherit" });
}
if (process.env.NATIVE) runNative(process.env.NATIVE); else runWithDart();
`,
  }, entry, {});
  assert.deepEqual([dart.model.elsewhere?.kind, dart.model.elsewhere?.where], ["other-language", "Dart: `dart run server.dart`"]);
  assert.match(dart.model.elsewhere?.reason ?? "", /JavaScript and TypeScript only/);
  const python = extract({
    "bin/cli.js": `import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
const venvPython = process.platform === "win32" ? ".venv/Scripts/python.exe" : ".venv/bin/python";
execFileSync(venvPython, [fileURLToPath(new URL("../server/main.py", import.meta.url)), "--stdio"], { stdio: "inherit" });
`,
  }, entry, {});
  assert.deepEqual([python.model.elsewhere?.kind, python.model.elsewhere?.where], ["other-language", "Python: `… ../server/main.py --stdio`"]);
  const uv = extract({ "bin/cli.js": `require("child_process").spawnSync("uvx", ["acme-mcp-server@1.2.0"], { stdio: "inherit" });\n` }, entry, {});
  assert.deepEqual([uv.model.elsewhere?.kind, uv.model.elsewhere?.where], ["other-language", "Python: `uvx acme-mcp-server@1.2.0`"]);
  const node = extract({ "bin/cli.js": `const { spawn } = require("child_process");\nspawn("node", [require("path").join(__dirname, "../dist/server.js")], { stdio: "inherit" });\n` }, entry, {});
  assert.equal(node.model.elsewhere?.kind, "shim");
  const docker = extract({ "bin/cli.js": `require("child_process").spawn("docker", ["run", "-i", "--rm", "acme/mcp:1.0"], { stdio: "inherit" });\n` }, entry, {});
  assert.equal(docker.model.elsewhere?.kind, "shim");
});

test("definitions of a framework named for MCP: `tool(\"name\", { … })` handed to createApp is a tool, `resource(\"scheme://{id}\", { … })` a resource; the same shape from a library that is not an MCP framework is not", () => {
  const kit = { "@acme/mcp-kit": "1.4.0", zod: "3.25.0" };
  const ts = extract({
    "src/tools/search.tool.ts": `import { tool, z } from "@acme/mcp-kit";
export const searchNotes = tool("notes_search", {
  description: "Searches the notes",
  input: z.object({ query: z.string() }),
  handler: async (input: { query: string }) => index.search(input.query),
});
`,
    "src/resources/note.resource.ts": `import { resource, z } from "@acme/mcp-kit";
export const noteResource = resource("notes://note/{id}", {
  name: "note",
  description: "One note",
  params: z.object({ id: z.string() }),
  handler: async (params: { id: string }) => store.get(params.id),
});
`,
    "src/index.ts": `import { createApp } from "@acme/mcp-kit";
import { searchNotes } from "./tools/search.tool.js";
import { noteResource } from "./resources/note.resource.js";
await createApp({ name: "notes", tools: [searchNotes], resources: [noteResource] });
`,
  }, {}, kit);
  assert.deepEqual(tools(ts), ["notes_search definition src/tools/search.tool.ts:5 [query]"]);
  assert.deepEqual(ts.model.resources.map((r) => `${r.kind} ${r.name} [${r.parameters.map((p) => p.name).join(",")}]`), ["resource-template note [id]"]);
  assert.equal(ts.model.elsewhere, undefined);
  const notMcp = extract({
    "lib/agent.js": `import { tool } from "agent-kit";
export const weather = tool("get_weather", { description: "Gets the weather", input: schema, handler: async (input) => forecast(input.city) });
`,
  }, {}, { "agent-kit": "2.0.0" });
  assert.deepEqual(tools(notMcp), []);
});

test("a relay without the SDK that names its own class McpServer and forwards tools/list is a proxy to the remote URL; the SDK's own McpServer, imported, is a server of the package", () => {
  const entry = { entryPoints: { exports: [], bin: { relay: "dist/cli.js" } } };
  const relay = extract({
    "dist/cli.js": `import { createInterface } from "readline";
var ApiClient = class {
  constructor(config) { this.config = config; }
  async request(method, params) {
    const response = await fetch(\`\${this.config.apiUrl}/mcp\`, { method: "POST", body: JSON.stringify({ jsonrpc: "2.0", method, params }) });
    return (await response.json()).result;
  }
};
var McpServer = class {
  constructor(client) { this.client = client; }
  async handle(message) {
    switch (message.method) {
      case "tools/list": return this.client.request("tools/list", {});
      case "tools/call": return this.client.request("tools/call", message.params);
    }
  }
};
var API_URL = process.env.ACME_API_URL || "https://api.acme.example";
var server = new McpServer(new ApiClient({ apiUrl: API_URL }));
createInterface({ input: process.stdin }).on("line", async (line) => process.stdout.write(JSON.stringify(await server.handle(JSON.parse(line))) + "\\n"));
`,
  }, entry, {});
  assert.deepEqual([relay.model.elsewhere?.kind, relay.model.elsewhere?.where], ["remote-proxy", "https://api.acme.example"]);
  const sdk = extract({
    "dist/cli.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { createInterface } from "readline";
const server = new McpServer({ name: "acme", version: "1.0.0" });
registerAll(server, await fetch(process.env.ACME_API_URL || "https://api.acme.example"));
createInterface({ input: process.stdin });
`,
  }, entry);
  assert.equal(sdk.model.elsewhere, undefined);
});
