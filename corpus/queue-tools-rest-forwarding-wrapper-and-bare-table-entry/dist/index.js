#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { registerAdminTools } from "./admin-tools.js";
import { queueTools } from "./queue-tools.js";

const server = new McpServer({ name: "queue-keeper", version: "0.7.4" });
const readOnly = process.env.QUEUE_READ_ONLY === "1";
const offered = Object.entries(queueTools)
  .filter(([, t]) => !readOnly || t.readonly)
  .map(([name, t]) => ({ name, description: t.description, schema: t.inputSchema ?? z.object({}), run: t.handler }));
for (const entry of offered) {
  server.registerTool(entry.name, { description: entry.description, inputSchema: entry.schema.shape }, async (args) => ({
    content: [{ type: "text", text: JSON.stringify(await entry.run(args)) }],
  }));
}
registerAdminTools(server);
await server.connect(new StdioServerTransport());
