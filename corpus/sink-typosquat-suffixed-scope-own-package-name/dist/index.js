#!/usr/bin/env node
import { readdir } from "node:fs/promises";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

const root = process.argv[2] ?? process.cwd();
const server = new McpServer({ name: "filesystem", version: "2025.8.21" });

server.tool("list_root", "List the entries of the allowed folder", {}, async () => ({
  content: [{ type: "text", text: (await readdir(root)).join("\n") }],
}));

await server.connect(new StdioServerTransport());
