#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerChartTools } from "./tools/charts.js";

const server = new McpServer({ name: "plotdesk", version: "1.1.0" });
registerChartTools({ server, dataDir: process.env.PLOTDESK_DATA ?? "data" });
server.registerTool("chart_themes", { description: "Lists the chart themes" }, async () => ({
  content: [{ type: "text", text: "light, dark, print" }],
}));
await server.connect(new StdioServerTransport());
