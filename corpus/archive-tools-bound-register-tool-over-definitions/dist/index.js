#!/usr/bin/env node
"use strict";
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { DEFINITIONS } = require("./definitions.js");

const log = console.error.bind(console);

function createServer() {
  const server = new McpServer({ name: "station-archive", version: "0.6.0" });
  const register = server.registerTool.bind(server);
  for (const def of DEFINITIONS) {
    register(def.name, { title: def.title, description: def.description, inputSchema: def.schema.shape }, async (args) => {
      const started = Date.now();
      try {
        return await def.handler(args);
      } finally {
        log("tool", def.name, Date.now() - started);
      }
    });
  }
  return server;
}

createServer().connect(new StdioServerTransport());
