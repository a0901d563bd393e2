// Extraction per SDK shape: exact tool lists (names, description places, parameters, annotations).
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractServer } from "../analyzer/mcp/index.js";
import type { SurfaceItem } from "../analyzer/types.js";
import { programOf } from "./support/program.js";

/** The facts a test pins, compactly: `name@line:col`, description + its line, params as `name:type[?]`. */
function summary(item: SurfaceItem) {
  return {
    kind: item.kind,
    name: `${item.name}@${item.nameLocation.file}:${item.nameLocation.line}:${item.nameLocation.column}`,
    description: item.description === undefined ? undefined : `${item.description}@${item.descriptionLocation?.line}`,
    params: item.parameters.map((p) => `${p.name}:${p.type ?? "?"}${p.required === false ? "?" : ""}${p.enum ? `[${p.enum.join("|")}]` : ""}${p.description ? ` "${p.description}"@${p.descriptionLocation?.line}` : ""}`),
    annotations: item.annotations,
    via: item.registeredVia,
    ...(item.dynamic ? { dynamic: true } : {}),
    handler: item.handlerLocation ? item.handlerLocation.line : undefined,
  };
}

const all = (files: Record<string, string>, deps: Record<string, string> = {}) => {
  const x = extractServer(programOf(files, deps));
  return { x, items: [...x.model.tools, ...x.model.prompts, ...x.model.resources].map(summary) };
};

const SDK_IMPORTS = `import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "s", version: "1.0.0" }, { instructions: "Use the tools for notes." });
`;

test("McpServer.tool: all six overloads, annotations told apart from a params shape", () => {
  const { x, items } = all({
    "src/index.ts": `${SDK_IMPORTS}
server.tool("ping", async () => ({ content: [] }));
server.tool("echo_desc", "Echo back", async () => ({ content: [] }));
server.tool("with_shape", { text: z.string().describe("What to echo") }, async ({ text }) => ({ content: [] }));
server.tool("with_annotations", { readOnlyHint: true, title: "Read" }, async () => ({ content: [] }));
server.tool("desc_shape", "Adds", { a: z.number(), b: z.number().optional() }, async ({ a, b }) => ({ content: [] }));
server.tool("shape_ann", { path: z.string() }, { destructiveHint: true }, async () => ({ content: [] }));
server.tool("all_five", "Deletes a note", { id: z.enum(["a", "b"]) }, { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false }, async ({ id }) => ({ content: [] }));
`,
  });
  assert.deepEqual(items, [
    { kind: "tool", name: "ping@src/index.ts:5:13", description: undefined, params: [], annotations: {}, via: "McpServer.tool", handler: 5 },
    { kind: "tool", name: "echo_desc@src/index.ts:6:13", description: "Echo back@6", params: [], annotations: {}, via: "McpServer.tool", handler: 6 },
    { kind: "tool", name: "with_shape@src/index.ts:7:13", description: undefined, params: ['text:string "What to echo"@7'], annotations: {}, via: "McpServer.tool", handler: 7 },
    { kind: "tool", name: "with_annotations@src/index.ts:8:13", description: undefined, params: [], annotations: { readOnlyHint: true, title: "Read" }, via: "McpServer.tool", handler: 8 },
    { kind: "tool", name: "desc_shape@src/index.ts:9:13", description: "Adds@9", params: ["a:number", "b:number?"], annotations: {}, via: "McpServer.tool", handler: 9 },
    { kind: "tool", name: "shape_ann@src/index.ts:10:13", description: undefined, params: ["path:string"], annotations: { destructiveHint: true }, via: "McpServer.tool", handler: 10 },
    { kind: "tool", name: "all_five@src/index.ts:11:13", description: "Deletes a note@11", params: ["id:string[a|b]"], annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false }, via: "McpServer.tool", handler: 11 },
  ]);
  assert.deepEqual(x.model.sdks, ["@modelcontextprotocol/sdk"]);
  assert.deepEqual(x.model.instructions?.text, "Use the tools for notes.");
  assert.equal(x.model.instructions?.location.line, 3);
  // Argument parameters: the first, only when the tool takes arguments.
  assert.deepEqual(x.handlers.map((h) => `${h.item.name}:${h.argumentParams.join(",")}`), ["ping:", "echo_desc:", "with_shape:0", "with_annotations:", "desc_shape:0", "shape_ann:0", "all_five:0"]);
});

test("registerTool, registerPrompt, registerResource, prompt and resource with templates", () => {
  const { items } = all({
    "src/index.ts": `${SDK_IMPORTS}
server.registerTool(
  "search",
  {
    title: "Search notes",
    description: "Full-text search",
    inputSchema: { query: z.string().min(1).describe("Words"), limit: z.number().int().default(10) },
    outputSchema: { hits: z.array(z.string()) },
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  async ({ query, limit }) => ({ content: [] }),
);
server.registerTool("zobj", { description: "Object schema", inputSchema: z.object({ n: z.literal("x") }) }, handle);
async function handle(args) { return { content: [] }; }
server.prompt("summarize", "Summarize a note", { id: z.string().describe("Note id") }, ({ id }) => ({ messages: [] }));
server.registerPrompt("review", { title: "Review", description: "Review code", argsSchema: { code: z.string() } }, ({ code }) => ({ messages: [] }));
server.resource("config", "config://app", async (uri) => ({ contents: [] }));
server.resource("note", new ResourceTemplate("note://{id}", { list: undefined }), { description: "One note" }, async (uri, { id }) => ({ contents: [] }));
server.registerResource("file", new ResourceTemplate("file:///{+path}", { list: undefined }), { title: "File", description: "A file" }, async (uri, vars) => ({ contents: [] }));
`,
  });
  assert.deepEqual(items, [
    { kind: "tool", name: "search@src/index.ts:6:3", description: "Full-text search@9", params: ['query:string "Words"@10', "limit:number?"], annotations: { readOnlyHint: true, openWorldHint: false, title: "Search notes" }, via: "McpServer.registerTool", handler: 14 },
    { kind: "tool", name: "zobj@src/index.ts:16:21", description: "Object schema@16", params: ["n:string[x]"], annotations: {}, via: "McpServer.registerTool", handler: 17 },
    { kind: "prompt", name: "summarize@src/index.ts:18:15", description: "Summarize a note@18", params: ['id:string "Note id"@18'], annotations: {}, via: "McpServer.prompt", handler: 18 },
    { kind: "prompt", name: "review@src/index.ts:19:23", description: "Review code@19", params: ["code:string"], annotations: {}, via: "McpServer.registerPrompt", handler: 19 },
    { kind: "resource", name: "config@src/index.ts:20:17", description: undefined, params: [], annotations: {}, via: "McpServer.resource", handler: 20 },
    { kind: "resource-template", name: "note@src/index.ts:21:17", description: "One note@21", params: ["id:?"], annotations: {}, via: "McpServer.resource", handler: 21 },
    { kind: "resource-template", name: "file@src/index.ts:22:25", description: "A file@22", params: ["path:?"], annotations: {}, via: "McpServer.registerResource", handler: 22 },
  ]);
});

test("names and descriptions from constants: consts, concatenation, templates, imports, join, fromCharCode; dynamic otherwise", () => {
  const { items } = all({
    "src/names.ts": `export const PREFIX = "notes";
export const DESCRIPTIONS = { list: "Lists " + "notes" };
export enum ToolName { Get = "get_note" }
`,
    "src/index.ts": `${SDK_IMPORTS}import { PREFIX, DESCRIPTIONS, ToolName } from "./names.js";
const LIST = \`\${PREFIX}_list\`;
server.tool(LIST, DESCRIPTIONS.list, async () => ({ content: [] }));
server.tool(ToolName.Get, ["Gets", "one"].join(" "), { id: z.string() }, async () => ({ content: [] }));
server.tool(String.fromCharCode(104, 105), "hi", async () => ({ content: [] }));
server.tool(process.env.TOOL_NAME, await loadDescription(), async () => ({ content: [] }));
`,
  });
  assert.deepEqual(
    items.map((i) => [i.name, i.description, i.dynamic ?? false]),
    [
      ["notes_list@src/index.ts:5:14", "Lists notes@2", false],
      ["get_note@src/names.ts:3:30", "Gets one@7", false],
      ["hi@src/index.ts:8:13", "hi@8", false],
      ["<dynamic>@src/index.ts:9:13", undefined, true],
    ],
  );
});

test("low-level Server: literal list, switch dispatch linked per tool, JSON Schema params", () => {
  const { x, items } = all({
    "src/index.ts": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
const server = new Server({ name: "fs", version: "1" }, { capabilities: { tools: {} }, instructions: "Files only." });
server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "read_file",
      description: "Read a file",
      inputSchema: { type: "object", properties: { path: { type: "string", description: "Absolute path" }, encoding: { type: "string", enum: ["utf8", "base64"] } }, required: ["path"] },
      annotations: { readOnlyHint: true },
    },
    { name: "delete_file", description: "Delete a file", inputSchema: { type: "object", properties: { path: { type: "string" } } } },
  ],
}));
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  switch (name) {
    case "read_file":
      return readIt(args);
    case "delete_file": {
      return { content: [] };
    }
  }
});
function readIt(a) { return a; }
`,
  });
  assert.deepEqual(items, [
    { kind: "tool", name: "read_file@src/index.ts:7:13", description: "Read a file@8", params: ['path:string "Absolute path"@9', "encoding:string?[utf8|base64]"], annotations: { readOnlyHint: true }, via: "setRequestHandler", handler: 18 },
    { kind: "tool", name: "delete_file@src/index.ts:12:13", description: "Delete a file@12", params: ["path:string?"], annotations: {}, via: "setRequestHandler", handler: 20 },
  ]);
  assert.equal(x.model.instructions?.text, "Files only.");
  assert.deepEqual(x.handlers.map((h) => [h.item.name, h.fn.loc.start.line, h.argumentParams, h.branch?.type]), [
    ["read_file", 15, [0], "SwitchCase"],
    ["delete_file", 15, [0], "SwitchCase"],
  ]);
});

test("low-level Server: built arrays, tool objects in another module, if and map dispatch", () => {
  const { x, items } = all({
    "src/tools.js": `export const ECHO = { name: "echo", description: "Echo text", inputSchema: { type: "object", properties: { text: { type: "string" } } } };
export const ADD = { name: "add", description: "Add numbers", inputSchema: { type: "object", properties: {} } };
export const handlers = { add: (args) => args.a + args.b };
`,
    "src/index.js": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { ECHO, ADD, handlers } from "./tools.js";
const server = new Server({ name: "x", version: "1" }, { capabilities: { tools: {} } });
const tools = [ECHO];
tools.push(ADD);
server.setRequestHandler(ListToolsRequestSchema, async () => {
  return { tools };
});
server.setRequestHandler(CallToolRequestSchema, async (req) => {
  if (req.params.name === "echo") {
    return { content: [{ type: "text", text: req.params.arguments.text }] };
  }
  return handlers[req.params.name](req.params.arguments);
});
`,
  });
  assert.deepEqual(items.map((i) => [i.name, i.description, i.handler]), [
    ["echo@src/tools.js:1:29", "Echo text@1", 11],
    ["add@src/tools.js:2:28", "Add numbers@2", 3],
  ]);
  assert.deepEqual(x.handlers.map((h) => [h.item.name, h.module.path, h.fn.loc.start.line, h.branch?.type]), [
    ["echo", "src/index.js", 10, "BlockStatement"],
    ["add", "src/tools.js", 3, undefined],
  ]);
});

test("low-level Server: a tool list chosen per branch from definitions in other modules (let tools; if … tools = …)", () => {
  const { items } = all({
    "dist/tools/get.js": `export const getSchema = { name: "kubectl_get", description: "Get resources", inputSchema: { type: "object", properties: { kind: { type: "string" } } } };
export async function get(input) { return { content: [] }; }
`,
    "dist/tools/remove.js": `export const removeSchema = { name: "kubectl_delete", description: "Delete resources", annotations: { destructiveHint: true }, inputSchema: { type: "object", properties: {} } };
export async function remove(input) { return { content: [] }; }
`,
    "dist/index.js": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { get, getSchema } from "./tools/get.js";
import { remove, removeSchema } from "./tools/remove.js";
const readOnly = process.env.READ_ONLY === "true";
const allowed = process.env.ALLOWED_TOOLS;
const readonlyTools = [getSchema];
const allTools = [getSchema, removeSchema];
const server = new Server({ name: "k", version: "1" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => {
  let tools;
  if (allowed) {
    tools = allTools.filter((t) => allowed.split(",").includes(t.name));
  } else if (readOnly) {
    tools = readonlyTools;
  } else {
    tools = allTools;
  }
  tools = tools.filter((t) => t.name !== "hidden");
  return { tools };
});
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: input = {} } = request.params;
  if (name === "kubectl_get") {
    return await get(input);
  }
  if (name === "kubectl_delete") {
    return await remove(input);
  }
  throw new Error("unknown tool");
});
`,
  });
  assert.deepEqual(items.map((i) => [i.name, i.description, i.handler]), [
    ["kubectl_get@dist/tools/get.js:1:34", "Get resources@1", 24],
    ["kubectl_delete@dist/tools/remove.js:1:37", "Delete resources@1", 27],
  ]);
});

test("low-level Server: list and dispatch handed to helpers in another module (return handleListTools(); handleToolCall(name, args))", () => {
  const { x, items } = all({
    "dist/handlers/tools.js": `import { readQuery, writeQuery } from "../tools/query.js";
export function handleListTools() {
  return {
    tools: [
      { name: "read_query", description: "Run a SELECT", inputSchema: { type: "object", properties: { query: { type: "string" } } } },
      { name: "write_query", description: "Run an INSERT or UPDATE", inputSchema: { type: "object", properties: { query: { type: "string" } } } },
    ],
  };
}
export async function handleToolCall(name, args) {
  switch (name) {
    case "read_query":
      return await readQuery(args.query);
    case "write_query":
      return await writeQuery(args.query);
    default:
      throw new Error("Unknown tool: " + name);
  }
}
`,
    "dist/tools/query.js": `export async function readQuery(q) { return q; }
export async function writeQuery(q) { return q; }
`,
    "dist/index.js": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { handleListTools, handleToolCall } from "./handlers/tools.js";
const server = new Server({ name: "db", version: "1" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => {
  return handleListTools();
});
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  console.error("calling", request.params.name);
  return await handleToolCall(request.params.name, request.params.arguments);
});
`,
  });
  assert.deepEqual(items.map((i) => [i.name, i.description, i.handler]), [
    ["read_query@dist/handlers/tools.js:5:15", "Run a SELECT@5", 12],
    ["write_query@dist/handlers/tools.js:6:15", "Run an INSERT or UPDATE@6", 14],
  ]);
  assert.deepEqual(x.handlers.map((h) => [h.item.name, h.module.path, h.argumentParams, h.branch?.type]), [
    ["read_query", "dist/handlers/tools.js", [1], "SwitchCase"],
    ["write_query", "dist/handlers/tools.js", [1], "SwitchCase"],
  ]);
});

test("SDK 2.x: method-string handlers and registerTool from @modelcontextprotocol/server", () => {
  const { x, items } = all({
    "src/index.ts": `import { McpServer, Server } from "@modelcontextprotocol/server";
const low = new Server({ name: "a", version: "1" });
low.setRequestHandler("tools/list", async () => ({ tools: [{ name: "now", description: "Current time", inputSchema: { type: "object" } }] }));
low.setRequestHandler("tools/call", async (request) => {
  switch (request.params.name) {
    case "now": return { content: [{ type: "text", text: new Date().toISOString() }] };
  }
});
const high = new McpServer({ name: "b", version: "1" });
high.registerTool("greet", { description: "Greets" }, async () => ({ content: [] }));
`,
  });
  assert.deepEqual(items.map((i) => [i.name, i.description, i.via, i.handler]), [
    ["now@src/index.ts:3:68", "Current time@3", "setRequestHandler", 6],
    ["greet@src/index.ts:10:19", "Greets@10", "McpServer.registerTool", 10],
  ]);
  assert.deepEqual(x.model.sdks, ["@modelcontextprotocol/server"]);
});

test("fastmcp: addTool with a zod object, annotations, prompts and resource templates", () => {
  const { x, items } = all({
    "src/server.ts": `import { FastMCP } from "fastmcp";
import { z } from "zod";
const server = new FastMCP({ name: "f", version: "1.0.0", instructions: "Be brief." });
server.addTool({
  name: "fetch_page",
  description: "Fetch a web page",
  parameters: z.object({ url: z.string().url().describe("Page URL"), raw: z.boolean().optional() }),
  annotations: { readOnlyHint: true, openWorldHint: true },
  execute: async (args, { log }) => "ok",
});
server.addPrompt({ name: "git-commit", description: "Commit message", arguments: [{ name: "changes", description: "The diff", required: true }], load: async (args) => "x" });
server.addResourceTemplate({ uriTemplate: "file:///logs/{name}.log", name: "Logs", description: "Log files", arguments: [{ name: "name", required: true }], load: async ({ name }) => ({ text: "" }) });
`,
  });
  assert.deepEqual(items, [
    { kind: "tool", name: "fetch_page@src/server.ts:5:9", description: "Fetch a web page@6", params: ['url:string "Page URL"@7', "raw:boolean?"], annotations: { readOnlyHint: true, openWorldHint: true }, via: "fastmcp.addTool", handler: 9 },
    { kind: "prompt", name: "git-commit@src/server.ts:11:26", description: "Commit message@11", params: ['changes:? "The diff"@11'], annotations: {}, via: "fastmcp.addPrompt", handler: 11 },
    { kind: "resource-template", name: "Logs@src/server.ts:12:76", description: "Log files@12", params: ["name:?"], annotations: {}, via: "fastmcp.addResourceTemplate", handler: 12 },
  ]);
  assert.deepEqual(x.model.sdks, ["fastmcp"]);
  assert.equal(x.model.instructions?.text, "Be brief.");
  assert.deepEqual(x.handlers[0].argumentParams, [0]);
});

test("mcp-framework: MCPTool classes with zod and legacy schemas, class fields and constructor fields", () => {
  const { x, items } = all({
    "src/tools/EchoTool.ts": `import { MCPTool } from "mcp-framework";
import { z } from "zod";
class EchoTool extends MCPTool<{ message: string }> {
  name = "echo";
  description = "Echoes a message";
  schema = { message: { type: z.string(), description: "Message to echo" } };
  async execute(input: { message: string }) { return input.message; }
}
export default EchoTool;
`,
    "dist/tools/CalcTool.js": `"use strict";
const mcp_framework_1 = require("mcp-framework");
const zod_1 = require("zod");
class CalcTool extends mcp_framework_1.MCPTool {
    constructor() {
        super(...arguments);
        this.name = "calc";
        this.description = "Evaluates arithmetic";
        this.schema = zod_1.z.object({ expr: zod_1.z.string().describe("Expression") });
    }
    async execute(input) { return String(input.expr); }
}
exports.default = CalcTool;
`,
  });
  assert.deepEqual(items.map((i) => [i.name, i.description, i.params, i.via, i.handler]), [
    ["echo@src/tools/EchoTool.ts:4:10", "Echoes a message@5", ['message:string "Message to echo"@6'], "mcp-framework.MCPTool", 7],
    ["calc@dist/tools/CalcTool.js:7:21", "Evaluates arithmetic@8", ['expr:string "Expression"@9'], "mcp-framework.MCPTool", 11],
  ]);
  assert.deepEqual(x.model.sdks, ["mcp-framework"]);
});

test("tsc CommonJS output and a minified bundle read like the source", () => {
  const tsc = `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const mcp_js_1 = require("@modelcontextprotocol/sdk/server/mcp.js");
const zod_1 = require("zod");
const constants_1 = require("./constants");
const server = new mcp_js_1.McpServer({ name: "t", version: "1" });
server.tool(constants_1.TOOL, "Shows the time", { tz: zod_1.z.string().optional() }, async ({ tz }) => ({ content: [] }));
`;
  const constants = `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TOOL = void 0;
exports.TOOL = "get_time";
`;
  const min = `var a=require("./x");const n="tools/list";class R{setRequestHandler(e,t){}}const s=new R;s.setRequestHandler(q,async()=>({tools:[{name:"lookup",description:"Look up a word",inputSchema:{type:"object",properties:{word:{type:"string",description:"The word"}},required:["word"]}}]}));s.setRequestHandler(w,async e=>{switch(e.params.name){case"lookup":return{content:[{type:"text",text:String(e.params.arguments.word)}]}}});`;
  const { items } = all({ "dist/index.js": tsc, "dist/constants.js": constants, "dist/bundle.js": min }, { "@modelcontextprotocol/sdk": "^1.0.0" });
  assert.deepEqual(items.map((i) => [i.name, i.description, i.params, i.handler]), [
    ["get_time@dist/constants.js:4:16", "Shows the time@7", ["tz:string?"], 7],
    ["lookup@dist/bundle.js:1:136", "Look up a word@1", ['word:string "The word"@1'], 1],
  ]);
});

test("no MCP SDK, no surface: a `.tool()` or `.resource()` of some other library is not a tool", () => {
  const { items } = all({ "src/cli.js": `import prog from "commander";\nprog.tool("build", "Builds", () => {});\nprog.resource("x", "y", () => {});\n` });
  assert.deepEqual(items, []);
});
