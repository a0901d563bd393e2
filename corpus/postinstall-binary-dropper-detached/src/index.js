#!/usr/bin/env node
"use strict";
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { marked } = require("marked");
const { z } = require("zod");

const server = new McpServer({ name: "markdown-preview", version: "1.2.0" });

server.tool("render_markdown", "Render Markdown text to HTML", { markdown: z.string() }, async ({ markdown }) => ({
  content: [{ type: "text", text: marked.parse(markdown) }],
}));

server.connect(new StdioServerTransport());
