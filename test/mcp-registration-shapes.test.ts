// Registration shapes read by the rules of the language they rest on (issue 17): a frozen object is
// the object, a comma expression is its last operand, an import renamed is still the SDK's export,
// an instance's method is its class's. Each shape is written as other authors would write it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractServer } from "../analyzer/mcp/index.js";
import { programOf } from "./support/program.js";
import { surface } from "./support/surface.js";


test("Object.freeze hands back its object: a frozen table of zod schemas read through `.shape` in another module", () => {
  const items = surface({
    "src/inputs.ts": `import { z } from "zod";
export const Inputs = Object.freeze({
  search: z.object({ query: z.string().describe("Words to look for"), limit: z.number().optional() }),
  fetchPage: z.object({ url: z.string().url() }),
});
`,
    "src/index.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { Inputs } from "./inputs.js";
import { fetchPage } from "./pages.js";
const server = new McpServer({ name: "pages", version: "0.3.0" });
server.tool("search", "Search the page index", Inputs.search.shape, async ({ query }) => ({ content: [{ type: "text", text: query }] }));
server.tool("fetch_page", "Fetch one page", Inputs.fetchPage.shape, fetchPage);
server.tool("ping", "Is the index up?", async () => ({ content: [] }));
`,
    "src/pages.ts": `export async function fetchPage({ url }: { url: string }) {
  const res = await fetch(url);
  return { content: [{ type: "text" as const, text: await res.text() }] };
}
`,
  });
  assert.deepEqual(items, [
    "tool search (McpServer.tool) -> src/index.ts:5 [query,limit?]",
    "tool fetch_page (McpServer.tool) -> src/pages.ts:1 [url]",
    "tool ping (McpServer.tool) -> src/index.ts:7 []",
  ]);
});

test("a bundle's frozen zod namespace (`var v = Object.freeze({ __proto__: null, object, string })`) builds schemas like `z`", () => {
  const items = surface({
    "dist/cli.js": `import { McpServer as M } from "@modelcontextprotocol/sdk/server/mcp.js";
function object(shape) { return { shape, parse: (v) => v }; }
function string() { return { describe() { return this; }, optional() { return this; } }; }
function number() { return string(); }
var v = Object.freeze({ __proto__: null, object: object, string: string, number: number });
var Fc = v.object({ city: v.string().describe("City name"), days: v.number().optional() }), Al = v.object({ region: v.string() });
var s = new M({ name: "weather", version: "2.1.0" });
s.tool("forecast", "Forecast for a city", Fc.shape, async (a) => ({ content: [{ type: "text", text: a.city }] }));
s.tool("alerts", "Weather alerts", Al.shape, async (a) => ({ content: [] }));
s.tool("stations", "List stations", async () => ({ content: [] }));
`,
  });
  assert.deepEqual(items, [
    "tool forecast (McpServer.tool) -> dist/cli.js:8 [city,days?]",
    "tool alerts (McpServer.tool) -> dist/cli.js:9 [region]",
    "tool stations (McpServer.tool) -> dist/cli.js:10 []",
  ]);
});

test("a minified low-level server: renamed schema imports, a list returned as the last operand of a comma, a dispatch on an instance's method", () => {
  const items = surface({
    "dist/server.js": `import{Server as q}from"@modelcontextprotocol/sdk/server/index.js";import{ListToolsRequestSchema as a,CallToolRequestSchema as b,ListPromptsRequestSchema as c}from"@modelcontextprotocol/sdk/types.js";import{defs as d}from"./defs.js";import{Desk as D}from"./desk.js";
const log=(...m)=>process.stderr.write(m.join(" "));
export function start(){const w=new D,s=new q({name:"desk",version:"1.0.0"},{capabilities:{tools:{},prompts:{}}});
s.setRequestHandler(a,async()=>{return log("list"),{tools:d}});
s.setRequestHandler(c,async()=>(log("prompts"),{prompts:[{name:"triage",description:"Triage a ticket"}]}));
s.setRequestHandler(b,async e=>{const{name:n,arguments:r}=e.params;return log("call",n),{content:[{type:"text",text:JSON.stringify(await w.run(n,r))}]}});return s}
`,
    "dist/defs.js": `export const defs=[{name:"open_ticket",description:"Open a ticket",inputSchema:{type:"object",properties:{title:{type:"string"}},required:["title"]}},{name:"close_ticket",description:"Close a ticket",inputSchema:{type:"object",properties:{id:{type:"string"}},required:["id"]}}];
`,
    "dist/desk.js": `export class Desk{async run(t,o){if(t==="open_ticket")return this.open(o.title);if(t==="close_ticket")return fetch("/tickets/"+o.id,{method:"DELETE"});throw new Error("unknown "+t)}
open(x){return {title:x}}}
`,
  });
  assert.deepEqual(items, [
    "tool open_ticket (setRequestHandler) -> dist/desk.js:1 [title]",
    "tool close_ticket (setRequestHandler) -> dist/desk.js:1 [id]",
    "prompt triage (setRequestHandler) -> - []",
  ]);
});

test("not a pass-through: `Object.entries(table)` or `Object.create(proto)` is not the object it is given", () => {
  const items = surface({
    "src/index.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "n", version: "1" });
const Shapes = Object.create({ note: z.object({ id: z.string() }) });
server.tool("read_note", "Read a note", Shapes.note.shape, async ({ id }) => ({ content: [] }));
`,
  });
  // The tool is found (its name and handler are plain); its schema is not read through `Object.create`.
  assert.deepEqual(items, ["tool read_note (McpServer.tool) -> src/index.js:5 []"]);
});

test("destructuring takes each definition apart: a `const { … } = tool` in the loop, a pattern in `for…of`, a pattern parameter of `forEach`", () => {
  const items = surface({
    "src/defs.js": `import { z } from "zod";
export const notes = [
  { name: "add_note", description: "Add a note", schema: z.object({ text: z.string() }), run: async ({ text }) => ({ content: [{ type: "text", text }] }) },
  { name: "drop_note", description: "Drop a note", schema: z.object({ id: z.number() }), run: async ({ id }) => ({ content: [] }) },
];
export const tags = [{ title: "tag_note", about: "Tag a note", input: z.object({ tag: z.string() }), exec: async () => ({ content: [] }) }];
export const boards = [{ name: "pin_board", description: "Pin a board", schema: z.object({ board: z.string() }), run: async () => ({ content: [] }) }];
`,
    "src/index.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { notes, tags, boards } from "./defs.js";
const server = new McpServer({ name: "notes", version: "1.0.0" });
for (const def of notes) {
  const { name, description, schema, run } = def;
  server.tool(name, description, schema.shape, run);
}
for (const { title: id, about, input, exec = null } of tags) server.tool(id, about, input.shape, exec);
boards.forEach(({ name, description, schema, run }) => server.registerTool(name, { description, inputSchema: schema.shape }, run));
`,
  });
  assert.deepEqual(items, [
    "tool add_note (loop.tool) -> src/defs.js:3 [text]",
    "tool drop_note (loop.tool) -> src/defs.js:4 [id]",
    "tool tag_note (loop.tool) -> src/defs.js:6 [tag]",
    "tool pin_board (loop.registerTool) -> src/defs.js:7 [board]",
  ]);
});

test("a pattern that is not a loop's element stays unknown: `const { name } = config` outside any loop is one tool whose name we cannot read", () => {
  const items = surface({
    "src/index.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "n", version: "1" });
const { toolName, shape } = JSON.parse(process.env.TOOL_CONFIG);
server.tool(toolName, "Configured at start", z.object({ q: z.string() }).shape, async ({ q }) => ({ content: [] }));
`,
  });
  assert.deepEqual(items, ["tool <dynamic> (McpServer.tool) -> src/index.js:5 [q]"]);
});

test("a push counts for the list it pushes into: a bundle's other `t` (a parameter, another function's local) is not the tools list", () => {
  const items = surface({
    "dist/index.js": `import{Server as S}from"@modelcontextprotocol/sdk/server/index.js";import{ListToolsRequestSchema as L,CallToolRequestSchema as C}from"@modelcontextprotocol/sdk/types.js";
function parse(e,t){for(const k of e)t.push({name:k,optional:!1});return t}
function keys(){let t=[];t.push({name:"offset",description:"not a tool"});return t}
const s=new S({name:"m",version:"1"},{capabilities:{tools:{}}});
s.setRequestHandler(L,async()=>{let t=[];t.push({name:"get_item",description:"Get an item",inputSchema:{type:"object",properties:{id:{type:"string"}}}});t.push({name:"put_item",description:"Put an item",inputSchema:{type:"object",properties:{id:{type:"string"}}}});return{tools:t}});
s.setRequestHandler(C,async e=>{const{name:n}=e.params;if(n==="get_item")return{content:[]};if(n==="put_item")return{content:[]};throw new Error(n)});
`,
  });
  assert.deepEqual(items, [
    "tool get_item (setRequestHandler) -> dist/index.js:6 [id?]",
    "tool put_item (setRequestHandler) -> dist/index.js:6 [id?]",
  ]);
});

test("a push once per element of a loop is a map: renamed copies of each definition, listed through helpers that filter them", () => {
  const items = surface({
    "src/extra.js": `export function mediaTools() {
  return [
    { name: "cms_upload_media", description: "Upload a file", inputSchema: { type: "object", properties: { path: { type: "string" } } } },
    { name: "cms_delete_media", description: "Delete a file", inputSchema: { type: "object", properties: { id: { type: "number" } } } },
  ];
}
`,
    "src/server.js": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { mediaTools } from "./extra.js";
export class CmsServer {
  constructor() {
    this.server = new Server({ name: "cms", version: "2.0.0" }, { capabilities: { tools: {} } });
    this.server.setRequestHandler("tools/list", async () => ({ tools: await this.listTools() }));
    this.server.setRequestHandler("tools/call", async (req) => this.call(req.params.name, req.params.arguments));
  }
  async listTools() {
    const tools = [
      { name: "cms_get_page", description: "Read a page", inputSchema: { type: "object", properties: { slug: { type: "string" } } } },
      { name: "status", description: "Is the site up?", inputSchema: { type: "object", properties: {} } },
    ];
    tools.push(...this.menuTools());
    if (await this.hasMedia()) tools.push(...mediaTools());
    const exposed = this.withAliases(tools);
    return this.visible(exposed);
  }
  menuTools() {
    return [{ name: "cms_list_menus", description: "List menus", inputSchema: { type: "object", properties: {} } }];
  }
  withAliases(defs) {
    const out = [];
    for (const def of defs) {
      if (def.name.startsWith("cms_")) out.push({ ...def, name: \`site_\${def.name.slice(4)}\` });
      else out.push(def);
    }
    return out;
  }
  async visible(defs) {
    if (!this.site) return defs;
    return defs.filter((d) => !d.name.includes("media") || this.site.media);
  }
  async hasMedia() { return true; }
  async call(name, args) { return { content: [{ type: "text", text: name }] }; }
}
`,
  });
  // One tool per definition, each with its own parameters; the renamed names are built at run time (not folded yet).
  assert.deepEqual(items, [
    "tool <dynamic> (setRequestHandler) -> - [slug?]",
    "tool <dynamic> (setRequestHandler) -> - []",
    "tool <dynamic> (setRequestHandler) -> - []",
    "tool <dynamic> (setRequestHandler) -> - [path?]",
    "tool <dynamic> (setRequestHandler) -> - [id?]",
  ]);
});

test("a push per element of a list only known at run time is one tool whose name is unknown, never none", () => {
  const items = surface({
    "src/index.js": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { readFileSync } from "node:fs";
const spec = JSON.parse(readFileSync(process.argv[2], "utf8"));
const server = new Server({ name: "api", version: "1" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => {
  const out = [];
  for (const op of spec.operations) {
    const toolName = op.id.toLowerCase();
    out.push({ name: toolName, description: op.summary, inputSchema: op.schema });
  }
  return { tools: out };
});
`,
  });
  assert.deepEqual(items, ["tool <dynamic> (setRequestHandler) -> - []"]);
});

test("a relay through a subclass of the SDK's HTTP client transport says where the server is; a subclass of another class does not", () => {
  const relay = extractServer(programOf({
    "dist/transports/tracing.js": `import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
export class TracingTransport extends StreamableHTTPClientTransport {
  async send(message, options) { console.error("->", message.method); return super.send(message, options); }
}
`,
    "dist/cli.js": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { TracingTransport } from "./transports/tracing.js";
const target = process.env.UPSTREAM_URL;
export function connectUpstream() { return new TracingTransport(new URL(target)); }
`,
  }, { "@modelcontextprotocol/sdk": "1.17.0" }));
  assert.deepEqual([relay.model.tools.length, relay.model.elsewhere?.kind, relay.model.elsewhere?.where], [0, "remote-proxy", "a URL chosen at run time"]);

  const other = extractServer(programOf({
    "dist/cli.js": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { EventEmitter } from "node:events";
class Upstream extends EventEmitter { constructor(url) { super(); this.url = url; } }
export function connectUpstream() { return new Upstream(new URL(process.env.UPSTREAM_URL)); }
`,
  }, { "@modelcontextprotocol/sdk": "1.17.0" }));
  assert.notEqual(other.model.elsewhere?.kind, "remote-proxy");
});
