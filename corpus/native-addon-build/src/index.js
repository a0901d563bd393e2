#!/usr/bin/env node
"use strict";
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const watcher = require("bindings")("watcher");

const server = new McpServer({ name: "fast-glob-index", version: "0.4.2" });
server.tool("watch_status", "Whether the native watcher loaded", {}, async () => ({
  content: [{ type: "text", text: watcher ? "native watcher loaded" : "not loaded" }],
}));
server.connect(new StdioServerTransport());
