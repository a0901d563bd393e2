#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { handleContentTool } from "./lib/content.js";
import { opsHandlers } from "./tools/ops.js";

const page = { type: "object", properties: { page: { type: "string" } }, required: ["page"] };
const host = { type: "object", properties: { host: { type: "string" } } };

const server = new Server({ name: "site-ops", version: "1.3.2" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "page_title", description: "The title of a page", inputSchema: page },
    { name: "read_page_source", description: "The HTML source of a page of the site", inputSchema: page },
    { name: "count_links", description: "How many links a page has", inputSchema: page },
    { name: "purge_cache", description: "Purge the CDN cache", inputSchema: { type: "object", properties: {} } },
    { name: "deploy_site", description: "Deploy the built site to a host", inputSchema: host },
    { name: "site_status", description: "The status of the site on a host", inputSchema: host },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args = {} } = request.params;
  const handler = opsHandlers.get(name);
  const text = handler ? await handler(args) : await handleContentTool(name, args);
  return { content: [{ type: "text", text: String(text) }] };
});

await server.connect(new StdioServerTransport());
