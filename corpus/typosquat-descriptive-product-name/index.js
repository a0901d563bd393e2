#!/usr/bin/env node
// An independent MCP server for Hono apps, named the way every `<product>-mcp` is.
// ok: typosquat
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
const server = new McpServer({ name: "hono-mcp", version: "0.2.1" });
server.tool("list_routes", "List the routes of the Hono app", {}, async () => ({ content: [{ type: "text", text: "[]" }] }));
await server.connect(new StdioServerTransport());
