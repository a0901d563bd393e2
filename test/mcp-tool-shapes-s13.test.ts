// Shapes read in session 13 (issue 17): a server class of a package other than the SDK, named and
// used like the SDK's; `{ name, config, handler }` definitions handed to a registration helper whose
// code is not in the package; provider classes that keep their definition in a `toolDefinition`
// field or getter (a class built off is not listed); a command-line command is not a tool; a server
// that forwards every request through one fallback handler is a remote proxy; a package whose
// JavaScript serves nothing but ships another language's server code says so; the inventory says
// what a registration over a run-time list stands for instead of counting it as a tool.
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { extractServer } from "../analyzer/mcp/index.js";
import { walk } from "../analyzer/parse/ast.js";
import { ConstantFolder } from "../analyzer/program/constants.js";
import { internalModules } from "../analyzer/program/index.js";
import { scan } from "../analyzer/scan.js";
import { inventoryOf, renderInventoryText } from "../reports/inventory.js";
import { programOf } from "./support/program.js";
import { surface } from "./support/surface.js";

const names = (files: Record<string, string>, deps: Record<string, string>): string[] =>
  surface(files, deps)
    .map((l) => l.split(" (")[0])
    .sort();

test("an SDK fork's McpServer, constructed from a dependency and registered on through a helper, is the SDK's API", () => {
  const files = {
    "lib/register.js": `export function registerAll(srv) {
  srv.tool("lookup_order", "Find an order", { id: z.string() }, async ({ id }) => ({ content: [] }));
  srv.prompt("summarize_orders", "Summarize", async () => ({ messages: [] }));
}
`,
    "lib/main.js": `const kit = require("@shopkit/agent-protocol/server/high.js");
import { registerAll } from "./register.js";
const server = new kit.McpServer({ name: "orders", version: "1.0.0" });
registerAll(server);
`,
  };
  assert.deepEqual(names(files, { "@shopkit/agent-protocol": "2.0.0", zod: "3.25.0" }), ["prompt summarize_orders", "tool lookup_order"]);
  const x = extractServer(programOf(files, { "@shopkit/agent-protocol": "2.0.0" }));
  assert.deepEqual(x.model.sdks, ["@shopkit/agent-protocol"]);
});

test("a class merely called Server from a socket library makes no MCP server, and its calls register nothing", () => {
  const files = {
    "relay.js": `const { Server } = require("wirehub");
const hub = new Server(8080);
hub.tool("not-a-tool", "x", {}, () => {});
`,
  };
  assert.deepEqual(names(files, { wirehub: "4.0.0" }), []);
});

test("{ name, config, handler } factories handed to a dependency's registerTools(server, list): tools, and a config with argsSchema is a prompt", () => {
  const files = {
    "dist/tools/convert.js": `const config = { description: "Convert a chart to SVG", inputSchema: { spec: z.string() } };
export default function createTool() {
  async function handler(args) { return { content: [{ type: "text", text: args.spec }] }; }
  return { name: "chart-convert", config, handler };
}
`,
    "dist/tools/palette.js": `export default function createTool() {
  return { name: "chart-palette", config: { title: "Palette", description: "List palettes", inputSchema: {} }, handler: async (args) => ({ content: [] }) };
}
`,
    "dist/prompts/style.js": `export default function createPrompt() {
  return { name: "chart-style-guide", config: { description: "How to style charts", argsSchema: {} }, handler: async () => ({ messages: [] }) };
}
`,
    "dist/serve.js": `import { McpServer, registerTools, registerPrompts } from "@chartkit/mcp-host";
import convert from "./tools/convert.js";
import palette from "./tools/palette.js";
import style from "./prompts/style.js";
const server = new McpServer({ name: "charts", version: "1" });
registerTools(server, [convert(), palette()]);
registerPrompts(server, [style()]);
`,
  };
  assert.deepEqual(names(files, { "@chartkit/mcp-host": "1.0.0", zod: "3.25.0" }), ["prompt chart-style-guide", "tool chart-convert", "tool chart-palette"]);
});

test("provider tool classes: a toolDefinition field or getter names the tool; a class whose isEnabled folds to false is built off", () => {
  const files = {
    "out/providers.js": `const sdk = require("@modelcontextprotocol/sdk/server/index.js");
class ReadManualTool {
  isEnabled = true;
  toolDefinition = { name: "read_manual", description: "Read a manual page", inputSchema: { type: "object", properties: { page: { type: "string" } } } };
  async executeTool(params, extra) { return { content: [] }; }
}
class TraceTool {
  get toolDefinition() { return { name: "analyze_trace", description: "Analyze a trace", inputSchema: { type: "object", properties: {} } }; }
  async executeTool(params) { return { content: [] }; }
}
class RawQueryTool {
  isEnabled = false || !true;
  toolDefinition = { name: "raw_query", description: "Run a raw query", inputSchema: { type: "object", properties: { sql: { type: "string" } } } };
  async executeTool(params) { return { content: [] }; }
}
class Provider { getRegisteredTools() { return [new ReadManualTool(), new TraceTool(), new RawQueryTool()]; } }
module.exports = { Provider };
`,
  };
  assert.deepEqual(names(files, { "@modelcontextprotocol/sdk": "1.17.0" }), ["tool analyze_trace", "tool read_manual"]);
});

test("a command-line command ({ name, description, args with short flags, run }) is not a tool; a server forwarding every request through its fallback handler is a remote proxy", () => {
  const files = {
    "dist/cli.js": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { command, runCli } from "argkit";
async function forward(target, message) {
  const res = await fetch(target, { method: "POST", body: JSON.stringify(message) });
  return res.json();
}
async function start(target) {
  const server = new Server({ name: "relay", version: "1" }, { capabilities: { tools: {} } });
  server.fallbackRequestHandler = async (req) => (await forward(target, { method: req.method, params: req.params })).result;
  await server.connect(new StdioServerTransport());
}
const main = command({
  name: "relay",
  description: "Relay a remote MCP server with a signed token",
  args: { target: { type: "string", short: "t", description: "Remote server URL" } },
  run: async (ctx) => start(ctx.values.target),
});
runCli(process.argv.slice(2), main);
`,
  };
  const x = extractServer(programOf(files, { "@modelcontextprotocol/sdk": "1.17.0", argkit: "1.0.0" }));
  assert.deepEqual(x.model.tools.map((t) => t.name), []);
  assert.deepEqual([x.model.elsewhere?.kind, x.model.elsewhere?.where], ["remote-proxy", "a URL chosen at run time"]);
  assert.match(x.model.elsewhere?.reason ?? "", /fallback handler/);
});

test("a package whose JavaScript serves nothing but ships Python code named like a server says the server is that code", () => {
  const program = programOf({ "index.js": `console.log("Run the installer, then point your client at server/app.py");\n` });
  program.facts.files = ["index.js", "package.json", "server/app.py", "server/helpers.py", "docs/notes.md"];
  const x = extractServer(program);
  assert.equal(x.model.elsewhere?.kind, "other-language");
  assert.match(x.model.elsewhere?.reason ?? "", /Python server code \(server\/app\.py, server\/helpers\.py\)/);
  // The same launcher beside a Python script with no server name (a build helper) says nothing.
  const helper = programOf({ "index.js": `console.log("hello");\n` });
  helper.facts.files = ["index.js", "scripts/gen_icons.py"];
  assert.equal(extractServer(helper).model.elsewhere, undefined);
});

test("the constant folder decides a logical expression by its constant left side, as JavaScript does", () => {
  const program = programOf({
    "a.js": `const a = false || !true, b = "x" || later(), c = null ?? "fallback", d = 0 && later(), e = later() || "y", f = !"text";\n`,
  });
  const folder = new ConstantFolder(internalModules(program));
  const values: Record<string, unknown> = {};
  walk(program.modules[0].ast, {
    enter(n) {
      if (n.type === "VariableDeclarator" && n.id.type === "Identifier" && n.init) values[n.id.name] = folder.value(n.init, program.modules[0]);
    },
  });
  assert.deepEqual(values, { a: false, b: "x", c: "fallback", d: 0, e: undefined, f: false });
});

test("inventory: a registration over a run-time list is not counted as a tool; it says where the list is registered", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "warden-per-element-"));
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ name: "ext-host", version: "1.0.0", main: "index.js", dependencies: { "@modelcontextprotocol/sdk": "1.17.0" } }));
  await writeFile(
    path.join(dir, "index.js"),
    `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { readdirSync } from "node:fs";
const server = new McpServer({ name: "ext-host", version: "1.0.0" });
const extensions = readdirSync(process.env.EXT_DIR).map((f) => require(f));
for (const ext of extensions) {
  for (const entry of ext.tools ?? []) server.registerTool(entry.name, { description: entry.description }, async (args) => entry.run(args));
}
server.tool("ping", "Answer pong.", async () => ({ content: [{ type: "text", text: "pong" }] }));
`,
  );
  const inv = inventoryOf(await scan(dir, { offline: true }));
  const listed = inv.tools.find((t) => t.perElement);
  assert.match(listed?.perElement ?? "", /^tools registered once per element of a list at index\.js:6 \(McpServer\.registerTool\); how many and their names are known only at run time$/);
  const text = renderInventoryText(inv);
  assert.match(text, /^ext-host@1\.0\.0: 1 tool \+ a registration over a run-time list \(tools whose number and names are known only at run time\)/);
  assert.match(text, /\n<per element of a list at index\.js:6>\s/);
});
