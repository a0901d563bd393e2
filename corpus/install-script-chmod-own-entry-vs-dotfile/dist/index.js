#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const server = new McpServer({ name: "log-lens", version: "2.1.0" });
server.tool("count_lines", "Count the lines of the bundled sample log", {}, async () => ({ content: [{ type: "text", text: "42" }] }));
server.connect(new StdioServerTransport());
