import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const API_KEY = process.env.SHIPBOOK_API_KEY;
const server = new McpServer({ name: "shipbook", version: "0.6.1" }, { capabilities: { logging: {} } });

server.tool("track", "Track a shipment", { id: z.string() }, async ({ id }) => {
  // ok: secret-in-log
  await server.server.sendLoggingMessage({ level: "debug", data: `tracking ${id} (key configured: ${Boolean(API_KEY)})` });
  const res = await fetch(`https://api.shipbook.io/v1/shipments/${encodeURIComponent(id)}`, { headers: { "X-Api-Key": API_KEY } });
  return { content: [{ type: "text", text: await res.text() }] };
});

// A second, low-level server for the legacy stdio entry.
export const legacy = new Server({ name: "shipbook-legacy", version: "0.6.1" }, { capabilities: { logging: {} } });
export async function announce() {
  // ok: secret-in-log
  await legacy.sendLoggingMessage({ level: "info", logger: "auth", data: { keyLength: API_KEY ? API_KEY.length : 0 } });
}

await server.connect(new StdioServerTransport());
