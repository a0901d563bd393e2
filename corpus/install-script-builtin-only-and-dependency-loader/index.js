#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const server = new McpServer({ name: "chart-render", version: "0.9.1" });
server.tool("render_bar_chart", "Render a bar chart as SVG text", {}, async () => ({ content: [{ type: "text", text: "<svg/>" }] }));
server.connect(new StdioServerTransport());
