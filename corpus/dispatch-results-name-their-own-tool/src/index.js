#!/usr/bin/env node
// One low-level dispatcher serves every tool. What a tool's own branch returns or throws is that
// tool's result: a finding there names the tool, not the whole list the dispatcher serves.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const SHOP = process.env.SHOP_BASE_URL ?? "https://shop.example.com";
const server = new Server({ name: "shop-console", version: "0.4.1" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "list_orders", description: "List recent orders", inputSchema: { type: "object", properties: {} } },
    { name: "show_settings", description: "Show how the console is set up", inputSchema: { type: "object", properties: {} } },
    { name: "check_login", description: "Check that the shop accepts the API key", inputSchema: { type: "object", properties: {} } },
    { name: "dump_runtime", description: "Show the runtime the console runs in", inputSchema: { type: "object", properties: {} } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name } = request.params;
  switch (name) {
    case "list_orders": {
      const res = await fetch(`${SHOP}/api/orders?limit=20`, { headers: { "x-api-key": process.env.SHOP_API_KEY ?? "" } });
      return { content: [{ type: "text", text: await res.text() }] };
    }
    case "show_settings":
      // expect: secret-in-tool-output (high)
      return { content: [{ type: "text", text: JSON.stringify({ shop: SHOP, key: process.env.SHOP_API_KEY }) }] };
    case "check_login": {
      const res = await fetch(`${SHOP}/api/me`, { headers: { "x-api-key": process.env.SHOP_API_KEY ?? "" } });
      // expect: secret-in-tool-output (high)
      if (!res.ok) throw new Error(`the shop refused key ${process.env.SHOP_API_KEY}`);
      return { content: [{ type: "text", text: "ok" }] };
    }
  }
  if (name === "dump_runtime") {
    // expect: environment-dump (high)
    return { content: [{ type: "text", text: JSON.stringify({ node: process.version, env: process.env }) }] };
  }
  throw new Error(`unknown tool ${name}`);
});

await server.connect(new StdioServerTransport());
