#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const mysql = require("mysql2/promise");
const { z } = require("zod");

const pool = mysql.createPool({ uri: process.env.SHOP_DATABASE_URL });
const server = new McpServer({ name: "shop-orders", version: "0.8.2" });

server.tool("find_orders", "Find orders by customer name", { customer: z.string(), status: z.string().optional() }, async ({ customer, status }) => {
  let sql = "SELECT id, customer, total, status FROM orders WHERE customer LIKE '%" + customer + "%'";
  if (status) sql += ` AND status = '${status}'`;
  const [rows] = await pool.query(sql); // expect: sql-injection
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("order_detail", "One order by id", { id: z.number().int() }, async ({ id }) => {
  // ok: sql-injection
  const [rows] = await pool.execute("SELECT * FROM orders WHERE id = ?", [id]);
  return { content: [{ type: "text", text: JSON.stringify(rows[0] ?? null) }] };
});

server.connect(new StdioServerTransport());
