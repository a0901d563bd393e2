#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { audit, describePool, openWarehouse, runAudit, selectAll } from "./db.js";

const warehouse = openWarehouse();
const server = new McpServer({ name: "warehouse-sql", version: "0.7.1" });

server.tool("list_tables", "List the warehouse tables", {}, async () => {
  const rows = await selectAll(warehouse, "SHOW TABLES");
  // ok: secret-in-tool-output
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("recent_audit", "Recent audit events of a user", { user: z.string() }, async ({ user }) => {
  const result = await runAudit(audit, "SELECT at, action FROM audit WHERE actor = $1 ORDER BY at DESC LIMIT 50", [user]);
  // ok: secret-in-tool-output
  return { content: [{ type: "text", text: JSON.stringify(result) }] };
});

server.tool("pool_settings", "Show how the warehouse pool is configured", {}, async () => {
  // expect: secret-in-tool-output
  return { content: [{ type: "text", text: describePool(warehouse) }] };
});

server.tool("audit_debug", "Dump the audit pool for debugging", {}, async () => {
  // expect: secret-in-tool-output
  return { content: [{ type: "text", text: JSON.stringify(audit) }] };
});

await server.connect(new StdioServerTransport());
