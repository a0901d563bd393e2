#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import mysql from "mysql2/promise";

const pool = mysql.createPool({ uri: process.env.MYSQL_URL });
const server = new Server({ name: "mysql-console", version: "1.2.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "find_orders", description: "List the orders of a customer", inputSchema: { type: "object", properties: { customer: { type: "string" }, params: { type: "array", items: { type: "string" } } }, required: ["customer"] } },
    { name: "filter_rows", description: "List orders matching a condition", inputSchema: { type: "object", properties: { where: { type: "string" }, params: { type: "array", items: { type: "string" } } }, required: ["where"] } },
    { name: "count_orders", description: "Count the orders of a customer", inputSchema: { type: "object", properties: { customer: { type: "string" } }, required: ["customer"] } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  switch (name) {
    case "find_orders": {
      const { customer } = args;
      const [rows] = await pool.query(`SELECT id, total FROM orders WHERE customer = '${customer}'`); // expect: sql-injection (high)
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    }
    case "filter_rows": {
      const { where, params } = args;
      const [rows] = await pool.execute(`SELECT id, total FROM orders WHERE ${where}`, params); // expect: sql-injection (high)
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    }
    case "count_orders": {
      const [rows] = await pool.execute("SELECT COUNT(*) AS n FROM orders WHERE customer = ?", [args.customer]); // ok: sql-injection
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    }
    default:
      throw new Error(`unknown tool ${name}`);
  }
});

await server.connect(new StdioServerTransport());
