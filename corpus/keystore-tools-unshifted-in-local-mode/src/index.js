#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { clearShelf, clearShelfTool, showKey, showKeyTool } from "./tools/maintenance.js";
import { listKeys, listKeysTool } from "./tools/shelf.js";

const hosted = process.argv.includes("--hosted");
const operator = process.env.SHELF_OPERATOR === "1";

const server = new Server({ name: "keyring-shelf", version: "1.3.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => {
  const offered = [listKeysTool];
  if (!hosted) offered.unshift(clearShelfTool);
  if (operator) offered.splice(1, 0, showKeyTool);
  return { tools: offered };
});

const handlers = { list_keys: listKeys, clear_shelf: clearShelf, show_key_fingerprint: showKey };

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const handler = handlers[request.params.name];
  if (!handler) throw new Error(`unknown tool ${request.params.name}`);
  return handler(request.params.arguments ?? {});
});

await server.connect(new StdioServerTransport());
