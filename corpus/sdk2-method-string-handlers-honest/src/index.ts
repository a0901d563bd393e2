import { McpServer, Server } from "@modelcontextprotocol/server";
import { StdioServerTransport } from "@modelcontextprotocol/server/stdio";

// ok: tool-poisoning
const low = new Server({ name: "clock", version: "2.0.0" }, { capabilities: { tools: {} }, instructions: "Times are in UTC." });

low.setRequestHandler("tools/list", async () => ({
  tools: [{ name: "now", description: "The current time in UTC, ISO 8601.", inputSchema: { type: "object", properties: {} }, annotations: { readOnlyHint: true } }],
}));

low.setRequestHandler("tools/call", async (request) => {
  if (request.params.name === "now") return { content: [{ type: "text", text: new Date().toISOString() }] };
  throw new Error(`Unknown tool ${request.params.name}`);
});

await low.connect(new StdioServerTransport());

export const high = new McpServer({ name: "clock-high", version: "2.0.0" });
high.registerTool("epoch", { description: "Seconds since 1970.", annotations: { readOnlyHint: true } }, async () => ({ content: [{ type: "text", text: String(Math.floor(Date.now() / 1000)) }] })); // ok: tool-annotation-mismatch (a read-only tool that only reads the clock)
