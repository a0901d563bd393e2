import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const API_KEY = process.env.SHIPBOOK_API_KEY;
const server = new McpServer({ name: "shipbook", version: "0.6.1" }, { capabilities: { logging: {} } });

server.tool("track", "Track a shipment", { id: z.string() }, async ({ id }) => {
  // expect: secret-in-log
  await server.server.sendLoggingMessage({ level: "debug", data: `tracking ${id} with key ${API_KEY}` });
  const res = await fetch(`https://api.shipbook.io/v1/shipments/${encodeURIComponent(id)}`, { headers: { "X-Api-Key": API_KEY } });
  return { content: [{ type: "text", text: await res.text() }] };
});

// A second, low-level server for the legacy stdio entry.
export const legacy = new Server({ name: "shipbook-legacy", version: "0.6.1" }, { capabilities: { logging: {} } });
export async function announce() {
  // expect: secret-in-log
  await legacy.sendLoggingMessage({ level: "info", logger: "auth", data: { configuredKey: API_KEY } });
}

await server.connect(new StdioServerTransport());
