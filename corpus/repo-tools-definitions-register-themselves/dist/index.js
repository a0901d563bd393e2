#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { blameLineTool, gitLogTool } from "./tools/git.js";
import { runScriptTool } from "./tools/scripts.js";

const tools = [gitLogTool, blameLineTool, runScriptTool];

async function main() {
  const server = new McpServer({ name: "repo", version: "0.8.2" });
  const shared = { root: process.cwd() };
  for (const tool of tools) {
    const ctx = await tool.ctx?.(shared);
    tool.exec(server, { name: tool.name, description: tool.description, ctx });
  }
  await server.connect(new StdioServerTransport());
}

main();
