// Shapes read in session 15 (issue 17): a prompt kept as data (`{ name, description, arguments: [...], handler }`,
// the list shape prompts/list serves) is a prompt, not a tool, whatever registers it; a definition that
// says its input as a schema stays a tool even when it also has an `arguments` field.
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { scan } from "../analyzer/scan.js";
import { CORPUS_DIR } from "./support/corpus.js";
import { surface } from "./support/surface.js";

const kindsAndNames = (files: Record<string, string>): string[] =>
  surface(files)
    .map((l) => l.split(" (")[0])
    .sort();

test("prompt definitions with an argument list, handed to a registry by a helper, are prompts and not tools", () => {
  const files = {
    "src/catalog.ts": `export const PROMPTS = [
  { name: "draft_reply", description: "Draft a reply to a ticket", arguments: [{ name: "ticket", required: true }], handler: (args: Record<string, string>) => "Reply to " + args.ticket },
  { name: "weekly_digest", description: "Summarise the week", arguments: [], handler: (_args: unknown) => "Summarise" },
];
export const TOOLS = [
  { name: "close_ticket", description: "Close a ticket", inputSchema: { type: "object", properties: { id: { type: "string" } } }, handler: (args: { id: string }) => ({ content: [{ type: "text", text: args.id }] }) },
];
`,
    "src/server.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { PROMPTS, TOOLS } from "./catalog.js";
import { register } from "./registry.js";
const server = new McpServer({ name: "desk", version: "1.0.0" });
register(server, TOOLS, PROMPTS);
`,
    "src/registry.ts": `export function register(server: any, tools: any[], prompts: any[]) {
  for (const t of tools) server.registerTool(t.name, { description: t.description, inputSchema: t.inputSchema }, t.handler);
  for (const p of prompts) server.registerPrompt(p.name, { description: p.description }, async (a: any) => ({ messages: [{ role: "user", content: { type: "text", text: p.handler(a) } }] }));
}
`,
  };
  const found = kindsAndNames(files);
  assert.ok(!found.includes("tool draft_reply"), found.join("\n"));
  assert.ok(!found.includes("tool weekly_digest"), found.join("\n"));
  assert.deepEqual(
    found.filter((l) => l.startsWith("tool ")),
    ["tool close_ticket"],
  );
});

test("a prompt definition read as data keeps its argument list as its parameters", () => {
  const files = {
    "src/prompts.ts": `export function explainPrompt() {
  return { name: "explain_error", description: "Explain an error message", arguments: [{ name: "message", description: "The error", required: true }, { name: "audience", required: false }], handler: async (a: Record<string, string>) => a.message };
}
`,
    "src/server.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { explainPrompt } from "./prompts.js";
const server = new McpServer({ name: "explain", version: "1.0.0" });
const all = [explainPrompt()];
server.tool("ping", "Answer pong", async () => ({ content: [{ type: "text", text: "pong" }] }));
export { all, server };
`,
  };
  const lines = surface(files);
  assert.equal(lines.filter((l) => l.startsWith("tool ")).length, 1, lines.join("\n"));
  const prompt = lines.find((l) => l.startsWith("prompt explain_error"));
  assert.ok(prompt, lines.join("\n"));
  assert.match(prompt, /\[message,audience\?\]$/);
});

test("a definition with an input schema stays a tool though it also carries an `arguments` field", () => {
  const files = {
    "src/server.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
const server = new McpServer({ name: "jobs", version: "1.0.0" });
const defs = [
  { name: "run_job", description: "Run a job", inputSchema: { type: "object", properties: { job: { type: "string" } } }, arguments: ["job"], handler: async (a: { job: string }) => ({ content: [{ type: "text", text: a.job }] }) },
];
for (const d of defs) server.registerTool(d.name, { description: d.description, inputSchema: d.inputSchema as any }, d.handler as any);
`,
  };
  assert.deepEqual(kindsAndNames(files), ["tool run_job"]);
});

test("corpus: prompts kept as data beside tools are the server's prompts, not two more tools", async () => {
  const result = await scan(path.join(CORPUS_DIR, "snippet-desk-prompts-kept-as-data-beside-tools"), { offline: true });
  const s = result.server;
  assert.deepEqual([...s.tools, ...s.prompts].map((i) => `${i.kind} ${i.name}`).sort(), ["prompt review_snippet", "prompt tidy_library", "tool find_snippets", "tool save_snippet"]);
  assert.deepEqual(result.findings, []);
});

// A wrapper of the SDK's registration, kept under a registration method's name and handed to other modules
// in an object: the calls of that method are the tools; the wrapper's own registration, named by its parameter,
// is not one more nameless tool. When nobody calls the method with a name, the nameless registration stays.
const wrapperServer = (calls: string) => ({
  "src/server.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { wireUp } from "./wire.js";
function guarded(server: McpServer, toolName: string, description: string, shape: any, cb: any) {
  server.registerTool(toolName, { description, inputSchema: shape }, async (a: any) => { try { return await cb(a); } catch { return { isError: true, content: [] }; } });
}
export function build() {
  const server = new McpServer({ name: "lab", version: "1.0.0" });
  const tool = (toolName: string, description: string, shape: any, cb: any) => guarded(server, toolName, description, shape, cb);
  wireUp({ tool, lab: "main" });
  return server;
}
`,
  "src/wire.ts": `import { samples } from "./samples.js";
export function wireUp(bag: any) { samples(bag); }
`,
  "src/samples.ts": `export function samples(bag: any) {
${calls}
}
`,
});

test("a wrapper handed on under a registration method's name: its named calls are the tools, its body is none", () => {
  const files = wrapperServer(`  bag.tool("list_samples", "List the samples", {}, async () => ({ content: [] }));
  bag.tool("label_sample", "Label a sample", { id: {} }, async () => ({ content: [] }));`);
  assert.deepEqual(kindsAndNames(files), ["tool label_sample", "tool list_samples"]);
});

test("the same wrapper with no named call left in sight still stands for an unknown tool", () => {
  const files = wrapperServer(`  const names: string[] = JSON.parse(process.argv[2] ?? "[]");
  for (const n of names) bag.tool(n, "A sample view", {}, async () => ({ content: [] }));`);
  assert.ok(kindsAndNames(files).some((l) => l.startsWith("tool <dynamic>")), kindsAndNames(files).join("\n"));
});

test("corpus: a two-level registration wrapper handed to the tool modules in a context object", async () => {
  const result = await scan(path.join(CORPUS_DIR, "kiosk-tools-wrapper-handed-round-in-context"), { offline: true });
  const s = result.server;
  assert.deepEqual(s.tools.map((t) => `${t.name}${t.handlerLocation ? "" : " unlinked"}`).sort(), ["kiosk_message", "list_kiosks", "show_message"]);
  assert.deepEqual(result.findings, []);
});

// A definition pushed by a helper and named from the helper's parameter is one tool per call of the helper.
const perServiceServer = (calls: string) => ({
  "src/server.ts": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
const PREFIX = "q";
const tools: any[] = [{ name: "ping", description: "Answer pong", inputSchema: { type: "object", properties: {} } }];
function queueTools(queue: string) {
  tools.push({ name: \`\${PREFIX}_\${queue}_depth\`, description: "How many jobs wait in " + queue, inputSchema: { type: "object", properties: {} } });
  tools.push({ name: PREFIX + "_" + queue + "_drain", description: "Drop the waiting jobs of " + queue, inputSchema: { type: "object", properties: {} } });
}
${calls}
const server = new Server({ name: "queues", version: "1.0.0" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools }));
server.setRequestHandler(CallToolRequestSchema, async (req) => {
  switch (req.params.name) {
    case "ping": return { content: [{ type: "text", text: "pong" }] };
    case "q_mail_depth": return { content: [{ type: "text", text: "0" }] };
    default: return { content: [{ type: "text", text: "?" }] };
  }
});
`,
});

test("a helper called once per service lists one tool per call, named from its argument", () => {
  const files = perServiceServer(`queueTools("mail");\nqueueTools("thumbnails");\nqueueTools("mail");`);
  assert.deepEqual(kindsAndNames(files), ["tool ping", "tool q_mail_depth", "tool q_mail_drain", "tool q_thumbnails_depth", "tool q_thumbnails_drain"]);
  // The branch of the dispatcher for a name made per call is that tool's handler.
  assert.match(surface(files).find((l) => l.startsWith("tool q_mail_depth"))!, /-> src\/server\.ts:\d+/);
});

test("a helper called with a name read at run time leaves its tools nameless", () => {
  const files = perServiceServer(`queueTools(process.env.QUEUE ?? "default");`);
  const found = kindsAndNames(files);
  assert.ok(found.includes("tool <dynamic>"), found.join("\n"));
  assert.ok(!found.some((l) => /q_\w+_depth/.test(l)), found.join("\n"));
});

test("corpus: tools pushed per region by a helper named from its parameter", async () => {
  const result = await scan(path.join(CORPUS_DIR, "mirror-tools-named-per-region-by-helper"), { offline: true });
  assert.deepEqual(result.server.tools.map((t) => t.name).sort(), ["ap_mirror_health", "ap_mirror_lag", "eu_mirror_health", "eu_mirror_lag", "list_regions"]);
  assert.deepEqual(result.findings, []);
});
