#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { Http } from "./http.js";

const http = new Http();
const server = new Server({ name: "page-fetch", version: "1.2.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "fetch_page", description: "Fetch a web page and return its HTML", inputSchema: { type: "object", properties: { url: { type: "string", description: "URL of the page to fetch" }, headers: { type: "object", description: "Extra request headers" } }, required: ["url"] } },
    { name: "api_get", description: "Read a path of the pages API", inputSchema: { type: "object", properties: { path: { type: "string" }, headers: { type: "object" } }, required: ["path"] } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const args = request.params.arguments;
  if (request.params.name === "fetch_page") return { content: [{ type: "text", text: await (await http.request(args)).text() }] };
  if (request.params.name === "api_get") return { content: [{ type: "text", text: await (await http.api(args)).text() }] };
  throw new Error(`unknown tool ${request.params.name}`);
});

await server.connect(new StdioServerTransport());
