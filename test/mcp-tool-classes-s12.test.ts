// Tool classes read in session 12 (issue 17): a class that names its tool with a static field
// (`static toolName`, `static TOOL_NAME`, or `Cls.toolName = "…"` after the class as tsc emits it),
// a base class whose own registration says which instance fields hold the description and the
// input, an implementation inherited from the base (a template method), and a low-level list of
// `x.getDefinition()` results. Classes and data that only look like tools must not count.
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { extractServer } from "../analyzer/mcp/index.js";
import { walk } from "../analyzer/parse/ast.js";
import { ConstantFolder } from "../analyzer/program/constants.js";
import { internalModules } from "../analyzer/program/index.js";
import { scan } from "../analyzer/scan.js";
import { CORPUS_DIR } from "./support/corpus.js";
import { programOf } from "./support/program.js";
import { surface as surfaceInOrder } from "./support/surface.js";

const surface = (files: Record<string, string>): string[] => surfaceInOrder(files).sort();

/** Every one-letter `const` of the sources, folded. */
function folded(files: Record<string, string>): Record<string, unknown> {
  const program = programOf(files);
  const folder = new ConstantFolder(internalModules(program));
  const values: Record<string, unknown> = {};
  for (const module of program.modules) {
    walk(module.ast, {
      enter(n) {
        if (n.type === "VariableDeclarator" && n.id.type === "Identifier" && n.id.name.length === 1 && n.init) values[n.id.name] = folder.value(n.init, module);
      },
    });
  }
  return values;
}

test("the constant folder reads a class's static members: a static field, a static getter, and an assignment after the class", () => {
  assert.deepEqual(
    folded({
      "src/a.ts": `export class Alpha { static CODE = "alpha_code"; static get label() { return "alpha-label"; } }
export class Beta {}
Beta.code = "beta_code";
export class Gamma {}
Gamma.code = "first";
Gamma.code = "second";
function later() { Alpha.runtime = "set-in-a-function"; }
const a = Alpha.CODE, b = Alpha.label, c = Beta.code, d = Gamma.code, e = Alpha.runtime;
`,
      "src/b.ts": `import { Alpha, Beta } from "./a.js";
const f = Alpha.CODE, g = Beta.code;
`,
    }),
    // Assigned twice (which one holds depends on the run) or inside a function (maybe never): no single value.
    { a: "alpha_code", b: "alpha-label", c: "beta_code", d: undefined, e: undefined, f: "alpha_code", g: "beta_code" },
  );
});

test("tool classes named by a static field after the class (tsc output), their input in the field the base class registers", () => {
  const items = surface({
    "dist/base.js": `import { z } from "zod";
export class LedgerTool {
    constructor({ name, books }) {
        this.name = name;
        this.books = books;
    }
    register(server) {
        server.mcpServer.registerTool(this.name, {
            description: this.blurb,
            inputSchema: z.object(this.argShape).strict(),
        }, this.call.bind(this));
    }
    async call(args) { return { content: [{ type: "text", text: await this.execute(args) }] }; }
}
`,
    "dist/tools/balance.js": `import { z } from "zod";
import { LedgerTool } from "../base.js";
export class BalanceTool extends LedgerTool {
    constructor() {
        super(...arguments);
        this.blurb = "Balance of one account";
        this.argShape = { account: z.string(), asOf: z.string().optional() };
    }
    async execute({ account }) { return this.books.balance(account); }
}
BalanceTool.toolName = "ledger-balance";
`,
    "dist/tools/post.js": `import { z } from "zod";
import { LedgerTool } from "../base.js";
export class PostEntryTool extends LedgerTool {
    constructor() {
        super(...arguments);
        this.blurb = "Post an entry";
        this.argShape = { debit: z.string(), credit: z.string(), amount: z.number() };
    }
    async execute(entry) { return this.books.post(entry); }
}
PostEntryTool.toolName = "ledger-post";
`,
    "dist/tools/index.js": `export { BalanceTool } from "./balance.js";
export { PostEntryTool } from "./post.js";
`,
    "dist/server.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import * as Tools from "./tools/index.js";
export class LedgerServer {
    constructor(books) {
        this.mcpServer = new McpServer({ name: "ledger", version: "2.0.0" });
        for (const ToolClass of Object.values(Tools)) new ToolClass({ name: ToolClass.toolName, books }).register(this);
    }
}
`,
  });
  assert.deepEqual(items, [
    "tool ledger-balance (tool class) -> dist/tools/balance.js:9 [account,asOf?]",
    "tool ledger-post (tool class) -> dist/tools/post.js:9 [debit,credit,amount]",
  ]);
});

test("a tool class without an implementation of its own: the base's `run` calls `this.step(args)`, and the subclass's `step` is the tool's code", () => {
  const items = surface({
    "src/base.ts": `export abstract class Job {
  abstract description: string;
  abstract inputSchema: object;
  async run(args: unknown) { this.audit(); return this.step(args); }
  protected audit() {}
  protected abstract step(args: unknown): Promise<unknown>;
}
`,
    "src/jobs.ts": `import { Job } from "./base.js";
export class PruneJob extends Job {
  static TOOL_NAME = "prune_cache";
  description = "Prune the cache";
  inputSchema = { type: "object", properties: { olderThanDays: { type: "number" } } };
  protected async step(args: { olderThanDays: number }) { return args.olderThanDays; }
}
`,
    "src/index.ts": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { PruneJob } from "./jobs.js";
const jobs = [new PruneJob()];
const server = new Server({ name: "jobs", version: "1.0.0" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: jobs.map((j) => j.listing()) }));
server.setRequestHandler(CallToolRequestSchema, async (req) => jobs.find((j) => j.constructor.TOOL_NAME === req.params.name)!.run(req.params.arguments));
`,
  });
  assert.deepEqual(items, ["tool prune_cache (tool class) -> src/jobs.ts:6 [olderThanDays?]"]);
});

test("a low-level list of `tool.getDefinition()` results named by static fields, dispatched by comparing the same static names", () => {
  const items = surface({
    "dist/tools.cjs": `var GrepTool = class GrepTool {
	static TOOL_NAME = "grep-logs";
	getDefinition() {
		return { name: GrepTool.TOOL_NAME, description: "Search the logs", inputSchema: { type: "object", properties: { pattern: { type: "string" } } } };
	}
	async execute(args) { return { content: [{ type: "text", text: args.pattern }] }; }
};
var TailTool = class TailTool {
	static TOOL_NAME = "tail-logs";
	getDefinition() {
		return { name: TailTool.TOOL_NAME, description: "Last lines of the logs", inputSchema: { type: "object", properties: { lines: { type: "number" } } } };
	}
	async execute(args) { return { content: [] }; }
};
exports.GrepTool = GrepTool;
exports.TailTool = TailTool;
`,
    "dist/cli.cjs": `const sdk = require("@modelcontextprotocol/sdk/server/index.js");
const types = require("@modelcontextprotocol/sdk/types.js");
const tools = require("./tools.cjs");
const grep = new tools.GrepTool();
const tail = new tools.TailTool();
const server = new sdk.Server({ name: "logs", version: "1.0.0" }, { capabilities: { tools: {} } });
server.setRequestHandler(types.ListToolsRequestSchema, async () => {
	const list = [tag(grep.getDefinition(), ["search"])];
	list.push(tag(tail.getDefinition(), ["read"]));
	return { tools: list };
});
server.setRequestHandler(types.CallToolRequestSchema, async (request) => {
	const { name, arguments: args } = request.params;
	if (name === tools.GrepTool.TOOL_NAME) return await grep.execute(args);
	if (name === tools.TailTool.TOOL_NAME) return await tail.execute(args);
	throw new Error("unknown tool " + name);
});
function tag(def, labels) { return { ...def, labels }; }
`,
  });
  assert.deepEqual(
    items.map((i) => i.replace(/ -> .*? \[/, " [")),
    ["tool grep-logs (tool class) [pattern?]", "tool tail-logs (tool class) [lines?]"],
  );
});

test("a class with a static name and a `run` method that says nothing of a tool, and a list of named objects, are not tools", () => {
  const items = surface({
    "src/index.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
export class Scheduler { static NAME = "scheduler"; run(task: () => void) { task(); } }
export class Poller { static toolName = "poller"; interval = 30; run() { return this.interval; } }
export const QUEUES = [{ name: "fast", run: () => 1 }, { name: "slow", run: () => 2 }];
const server = new McpServer({ name: "tasks", version: "1.0.0" });
server.registerTool("list_queues", { description: "List queues", inputSchema: { prefix: z.string().optional() } }, async () => ({ content: [] }));
`,
  });
  assert.deepEqual(items, ["tool list_queues (McpServer.registerTool) -> src/index.ts:7 [prefix?]"]);
});

test("a prompt class under a base whose `run` calls the subclass's `getMessages` is not a tool: it says what it is, not what input it takes", () => {
  const items = surface({
    "src/prompts.ts": `abstract class BasePrompt {
  abstract name: string;
  abstract description: string;
  run(args: Record<string, string>) { return { messages: this.getMessages(args) }; }
  protected abstract getMessages(args: Record<string, string>): unknown[];
}
export class ReviewPrompt extends BasePrompt {
  name = "review-diff";
  description = "Review a diff";
  arguments = [{ name: "diff", required: true }];
  protected getMessages(args: Record<string, string>) { return [{ role: "user", content: { type: "text", text: args.diff } }]; }
}
`,
    "src/index.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "review", version: "1.0.0" });
server.registerTool("count_lines", { description: "Count lines", inputSchema: { text: z.string() } }, async ({ text }) => ({ content: [{ type: "text", text: String(text.split("\\n").length) }] }));
`,
  });
  assert.deepEqual(items, ["tool count_lines (McpServer.registerTool) -> src/index.ts:4 [text]"]);
});

test("a tools/list built from a name → handler table's entries or keys: one tool per key, the entry's function its handler", () => {
  const items = surface({
    "src/tools/index.js": `import { summarize } from "./summarize.js";
import { translate } from "./translate.js";
const registry = { summarize, translate };
export function toolTable(config) {
  if (!config.translation) {
    const narrowed = {};
    for (const [k, v] of Object.entries(registry)) if (k !== "translate") narrowed[k] = v;
    return narrowed;
  }
  return registry;
}
`,
    "src/tools/summarize.js": `export async function summarize(args) { return { content: [{ type: "text", text: args.text.slice(0, 100) }] }; }
summarize.description = "Summarize a text";
summarize.inputSchema = { type: "object", properties: { text: { type: "string" } }, required: ["text"] };
`,
    "src/tools/translate.js": `export async function translate(args) { return { content: [{ type: "text", text: args.text }] }; }
translate.description = "Translate a text";
translate.inputSchema = { type: "object", properties: { text: { type: "string" }, to: { type: "string" } }, required: ["text", "to"] };
`,
    "src/server.js": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { toolTable } from "./tools/index.js";
export function start(config) {
  const server = new Server({ name: "texts", version: "1.0.0" }, { capabilities: { tools: {} } });
  const tools = toolTable(config);
  server.setRequestHandler(ListToolsRequestSchema, async () => {
    const list = Object.entries(tools).map(([name, fn]) => {
      const entry = { name, description: fn.description || name + " tool", inputSchema: fn.inputSchema || { type: "object" } };
      return entry;
    });
    return { tools: list };
  });
  server.setRequestHandler(CallToolRequestSchema, async (req) => tools[req.params.name](req.params.arguments));
  return server;
}
`,
    "src/rpc.js": `// A hand-written JSON-RPC answer: the list is the keys of a table, each described by its entry.
const COMMANDS = {
  ping_host: { description: "Ping a host", schema: { type: "object", properties: { host: { type: "string" } } }, run: async (a) => a.host },
  uptime: { description: "Uptime of the box", schema: { type: "object", properties: {} }, run: async () => 1 },
};
export function answer(msg) {
  if (msg.method === "tools/list") return { tools: Object.keys(COMMANDS).map((id) => ({ name: id, description: COMMANDS[id].description, inputSchema: COMMANDS[id].schema })) };
  return undefined;
}
`,
  });
  assert.deepEqual(items.map((i) => i.replace(/ -> .*? \[/, " [")), [
    "tool ping_host (setRequestHandler) [host?]",
    "tool summarize (setRequestHandler) [text]",
    "tool translate (setRequestHandler) [text,to]",
    "tool uptime (setRequestHandler) []",
  ]);
});

test("`Object.entries(provider.tools).forEach(([name, { callback, ...schema }]) => registerTool(name, schema, callback))` over a table an awaited factory returns", () => {
  const items = surface({
    "src/provider.js": `import { z } from "zod";
export async function openProvider(store) {
  await store.ready();
  function scoped(id) { return store.scope + id; }
  const tools = {
    readRecord: { description: "Read a record", inputSchema: { id: z.string() }, callback: async ({ id }) => store.read(scoped(id)) },
    dropRecord: { description: "Drop a record", inputSchema: { id: z.string(), force: z.boolean().optional() }, callback: async ({ id }) => store.drop(id) },
  };
  return { tools, close: () => store.close() };
}
`,
    "src/server.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { openProvider } from "./provider.js";
export async function makeServer(store) {
  const server = new McpServer({ name: "records", version: "1.0.0" });
  const provider = await openProvider(store);
  Object.entries(provider.tools).forEach(([toolName, { callback, ...schema }]) => {
    server.registerTool(toolName, schema, callback);
  });
  return server;
}
`,
  });
  assert.deepEqual(items, ["tool dropRecord (loop.registerTool) -> src/provider.js:7 [id,force?]", "tool readRecord (loop.registerTool) -> src/provider.js:6 [id]"]);
});

test("corpus: tool classes named by static fields, registered by the base class from a namespace's classes, one by a template method", async () => {
  const result = await scan(path.join(CORPUS_DIR, "warehouse-tool-classes-static-names-template-run"), { offline: true });
  const s = result.server;
  assert.deepEqual(
    s.tools.map((t) => `${t.name} (${t.registeredVia}) ${t.handlerLocation ? `${t.handlerLocation.file}:${t.handlerLocation.line}` : "unlinked"} [${t.parameters.map((p) => p.name).join(",")}]`).sort(),
    ["label_shelf (tool class) src/tools/labelShelf.ts:11 [caption]", "read_shelf (tool class) src/tools/readShelf.ts:11 [shelf]"],
  );
  assert.deepEqual([...s.prompts, ...s.resources], []);
});

test("server elsewhere: the server connected to an SDK server transport is made by a dependency's function (through a local factory and destructuring); made by the package's own code, it is our miss", () => {
  const made = (maker: string) =>
    extractServer(
      programOf(
        {
          "src/make.js": maker,
          "src/index.js": `import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { buildServer } from "./make.js";
async function main() {
  const { server } = buildServer();
  const transport = new StdioServerTransport();
  await server.connect(transport);
}
main();
`,
        },
        { "@modelcontextprotocol/sdk": "1.17.0", "@acme/shape-kit": "0.3.0" },
      ),
    ).model.elsewhere;
  const fromDependency = made(`import { createShapeServer } from "@acme/shape-kit";
import { CanvasAdapter } from "./adapter.js";
export function buildServer() {
  const adapter = new CanvasAdapter();
  const server = createShapeServer({ domain: "canvas", adapter });
  return { server, adapter };
}
`);
  assert.deepEqual([fromDependency?.kind, fromDependency?.where], ["dependency", "@acme/shape-kit"]);
  // The dependency only helps (a layout library); the package makes the server itself: no dependency to blame.
  const ownServer = made(`import { layout } from "@acme/shape-kit";
export function buildServer() {
  const server = makeOwn(layout);
  return { server };
}
function makeOwn(l) { return { connect: async (t) => l(t) }; }
`);
  assert.equal(ownServer, undefined);
});
