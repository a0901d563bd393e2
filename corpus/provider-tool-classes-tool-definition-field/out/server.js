#!/usr/bin/env node
"use strict";
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { ListToolsRequestSchema, CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const { BoardToolProvider } = require("./tools.js");

const provider = new BoardToolProvider();
const enabled = () => provider.getRegisteredTools().filter((t) => t.isEnabled !== false);
const server = new Server({ name: "devboard-helper", version: "2.0.1" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: enabled().map((t) => t.toolDefinition) }));
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const tool = enabled().find((t) => t.toolDefinition.name === request.params.name);
  if (!tool) throw new Error(`unknown tool ${request.params.name}`);
  return tool.executeTool(request.params.arguments ?? {});
});
server.connect(new StdioServerTransport());
