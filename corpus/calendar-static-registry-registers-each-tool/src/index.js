#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { ToolRegistry } from "./registry.js";

const server = new McpServer({ name: "calendar-mcp", version: "1.4.0" });
ToolRegistry.registerAll(server, (name) => console.error(`[calendar] ${name}`));
await server.connect(new StdioServerTransport());
