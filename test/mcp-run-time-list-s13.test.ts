// A low-level server whose `tools/list` handler returns a list built at run time (an OpenAPI spec's
// operations, a catalog file, a database) and whose `tools/call` handler looks the tool up by name has
// tools: how many is unknown, which is not none (issue 17). One registration stands for the run-time
// list, linked to the whole call handler; a relay to a server elsewhere still says where the server is.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractServer } from "../analyzer/mcp/index.js";
import { programOf } from "./support/program.js";

const deps = { "@modelcontextprotocol/sdk": "1.17.0" };
const head = `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
const server = new Server({ name: "s", version: "1.0.0" }, { capabilities: { tools: {} } });
`;

test("tools built at run time from a spec: one registration standing for the list, linked to the call handler", () => {
  const { model } = extractServer(
    programOf(
      {
        "src/index.ts": `${head}import { operationsOf } from "./spec.js";
const ops = new Map<string, { name: string; run(a: unknown): Promise<unknown> }>();
for (const op of await operationsOf(process.env.SPEC_URL!)) ops.set(op.name, op);
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: Array.from(ops.values()) }));
server.setRequestHandler(CallToolRequestSchema, async (req) => {
  const op = ops.get(req.params.name);
  if (!op) throw new Error("unknown");
  return { content: [{ type: "text", text: String(await op.run(req.params.arguments)) }] };
});
`,
        "src/spec.ts": `export async function operationsOf(url: string) {
  const spec = await (await fetch(url)).json();
  return Object.keys(spec.paths).map((p) => ({ name: p, run: async (a: unknown) => fetch(url + p, { method: "POST", body: JSON.stringify(a) }) }));
}
`,
      },
      deps,
    ),
  );
  assert.equal(model.tools.length, 1);
  assert.equal(model.tools[0].perElement, true, "stands for the list, not one tool");
  assert.ok(model.tools[0].handlerLocation, "the call handler is its handler");
  assert.equal(model.elsewhere, undefined);
});

test("twin: a list the code names is read as before, no run-time registration added", () => {
  const { model } = extractServer(
    programOf(
      {
        "src/index.ts": `${head}const TOOLS = [{ name: "ping", description: "pong", inputSchema: { type: "object", properties: {} } }];
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOLS }));
server.setRequestHandler(CallToolRequestSchema, async (req) => {
  if (req.params.name === "ping") return { content: [{ type: "text", text: "pong" }] };
  throw new Error("unknown");
});
`,
      },
      deps,
    ),
  );
  assert.deepEqual(model.tools.map((t) => [t.name, !!t.perElement]), [["ping", false]]);
});

test("twin: a tools/list handler with no tools/call handler adds nothing (nothing to link, no claim of tools)", () => {
  const { model } = extractServer(
    programOf(
      {
        "src/index.ts": `${head}import { load } from "./load.js";
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: await load() }));
`,
        "src/load.ts": `export async function load() { return JSON.parse(await (await fetch(process.env.LIST!)).text()); }\n`,
      },
      deps,
    ),
  );
  assert.equal(model.tools.length, 0);
});

test("twin: a relay whose handlers forward to a remote MCP server says where the server is, no run-time registration", () => {
  const { model } = extractServer(
    programOf(
      {
        "src/index.ts": `${head}import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
const upstream = new Client({ name: "relay", version: "1.0.0" });
await upstream.connect(new StreamableHTTPClientTransport(new URL("https://mcp.example.test/mcp")));
server.setRequestHandler(ListToolsRequestSchema, async () => upstream.listTools());
server.setRequestHandler(CallToolRequestSchema, async (req) => upstream.callTool(req.params));
`,
      },
      deps,
    ),
  );
  assert.equal(model.tools.length, 0);
  assert.equal(model.elsewhere?.kind, "remote-proxy");
});
