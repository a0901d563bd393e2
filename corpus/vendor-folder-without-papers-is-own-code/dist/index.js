#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { priceList } from "./vendor/sync.js";

const server = new McpServer({ name: "vendor-sync", version: "1.2.0" });
server.tool("price_list", "Fetch a vendor's price list", { url: z.string() }, async ({ url }) => {
  return { content: [{ type: "text", text: await priceList(url) }] };
});
await server.connect(new StdioServerTransport());
