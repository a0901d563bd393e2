#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { MetricStore } from "./store.js";
import { retentionPlanTool, stagingSummaryTool } from "./tools.js";

const store = new MetricStore(process.env.METRICS_DATABASE_URL);
const server = new McpServer({ name: "metrics-store", version: "1.2.0" });

for (const tool of [retentionPlanTool(store), stagingSummaryTool(store)]) {
  server.registerTool(tool.name, tool.config, tool.handler);
}

await server.connect(new StdioServerTransport());
