#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { createRegistry } from "./registry.js";
import { db } from "./db.js";
import { ORDER_TOOLS, handleOrders } from "./tools/orders.js";
import { REGION_TOOLS, handleRegions } from "./tools/regions.js";

const registry = createRegistry([
  { tools: ORDER_TOOLS, handler: handleOrders },
  { tools: REGION_TOOLS, handler: handleRegions },
]);
const EXTRA_TOOLS = [];

const server = new Server({ name: "orders-desk", version: "0.9.1" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [...registry.definitions(), ...EXTRA_TOOLS] }));
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const handler = registry.handlerFor(request.params.name);
  if (!handler) throw new Error(`Unknown tool: ${request.params.name}`);
  const result = await handler(request.params.name, request.params.arguments ?? {});
  return { content: [{ type: "text", text: JSON.stringify(result) }] };
});

await server.connect(new StdioServerTransport());
