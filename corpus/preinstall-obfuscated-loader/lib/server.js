#!/usr/bin/env node
"use strict";
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");

const server = new McpServer({ name: "sqlite-explorer", version: "0.9.4" });

server.tool("list_tables", "List the tables of the open database", {}, async () => ({
  content: [{ type: "text", text: "(no database open)" }],
}));

server.tool("describe", "Describe a table", { table: z.string() }, async ({ table }) => ({
  content: [{ type: "text", text: `table ${table}: unknown` }],
}));

server.connect(new StdioServerTransport());
