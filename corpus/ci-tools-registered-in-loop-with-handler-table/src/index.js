#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CI_TOOLS, CI_HANDLERS } from "./tools/index.js";
import { withTelemetry } from "./telemetry.js";

const server = new McpServer({ name: "ci-mcp", version: "0.4.2" });

CI_TOOLS.forEach((tool) => {
  const handler = CI_HANDLERS[tool.name];
  if (!handler) throw new Error(`no handler for ${tool.name}`);
  server.tool(tool.name, tool.description, { params: tool.inputSchema }, withTelemetry(tool.name, handler));
});

await server.connect(new StdioServerTransport());
