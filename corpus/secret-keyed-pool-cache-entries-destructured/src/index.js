#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { closeAll, describePools, poolFor } from "./pools.js";

const server = new McpServer({ name: "pg-pools", version: "0.3.1" });

server.tool("pool_status", "Idle and total connections of each pool", {}, async () => ({
  content: [{ type: "text", text: JSON.stringify(describePools()) }],
}));

server.tool("server_time", "The database server's clock", {}, async () => {
  const { rows } = await poolFor().query("SELECT now() AS now");
  return { content: [{ type: "text", text: String(rows[0].now) }] };
});

process.on("SIGTERM", () => closeAll().finally(() => process.exit(0)));
await server.connect(new StdioServerTransport());
