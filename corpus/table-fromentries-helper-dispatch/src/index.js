#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import fs from "node:fs";
import { endpoints } from "./tools/index.js";

const store = { root: process.env.NOTES_DIR ?? "./notes", read: (id) => fs.readFileSync(`${store.root}/${Number(id)}.md`, "utf8") };

async function executeHandler(tool, handler, args) {
  return await handler(store, args || {});
}

const endpointMap = Object.fromEntries(endpoints.map((endpoint) => [endpoint.tool.name, endpoint]));

const server = new Server({ name: "notes-api", version: "0.3.1" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: endpoints.map((endpoint) => endpoint.tool) }));
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  const endpoint = endpointMap[name];
  if (!endpoint) throw new Error(`Unknown tool: ${name}`);
  return executeHandler(endpoint.tool, endpoint.handler, args);
});

await server.connect(new StdioServerTransport());
