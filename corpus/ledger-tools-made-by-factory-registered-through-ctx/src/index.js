#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerLedgerTools } from "./register.js";

const server = new McpServer({ name: "ledger-mcp", version: "0.3.1" });
registerLedgerTools(server);
await server.connect(new StdioServerTransport());
