#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerTools } from "./tools/notes.js";
import { registerHookTools } from "./tools/hooks.js";

const server = new McpServer({ name: "notes", version: "2.3.0" });
registerTools(server, { disabled: (process.env.NOTES_DISABLED ?? "").split(",") });
registerHookTools(server);
await server.connect(new StdioServerTransport());
