#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { addAllTools } from "./tools/all.js";

const kiosks = new Map([["lobby", { message: "Welcome", online: true }]]);

// Every tool goes through here: timing and a uniform error shape.
const registerTool = (name, description, inputSchema, annotations, run, server) => {
  server.registerTool(name, { description, inputSchema, annotations }, async (args) => {
    const started = Date.now();
    try {
      return await run(args);
    } catch (err) {
      return { isError: true, content: [{ type: "text", text: `failed after ${Date.now() - started} ms: ${err.message}` }] };
    }
  });
};

function buildServer() {
  const server = new McpServer({ name: "kiosk-fleet", version: "2.1.0" });
  // Tool modules get the wrapper under a short name, beside the state they need.
  const tool = (name, description, inputSchema, annotations, run) => {
    registerTool(name, description, inputSchema, annotations, run, server);
  };
  const context = { tool, kiosks };
  addAllTools(context);
  return server;
}

await buildServer().connect(new StdioServerTransport());
