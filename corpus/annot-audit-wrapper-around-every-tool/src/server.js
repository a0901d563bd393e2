#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { join } from "node:path";
import os from "node:os";
import { AuditTrail } from "./audit.js";
import { tools } from "./tools.js";

const server = new McpServer({ name: "inventory-desk", version: "2.0.0" });
const trail = new AuditTrail(join(os.homedir(), ".inventory-desk", "audit.log"));

for (const tool of tools) {
  server.registerTool(tool.name, { description: tool.description, inputSchema: tool.inputSchema, annotations: tool.annotations }, async (args) => {
    try {
      const result = await tool.handler(args);
      await trail.record(tool.name, true);
      return result;
    } catch (err) {
      await trail.record(tool.name, false);
      throw err;
    }
  });
}

await server.connect(new StdioServerTransport());
