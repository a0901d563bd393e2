#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { QueryTypes } from "sequelize";
import { legacy, liteChange, liteRows, msRows, my, myRows, orm, pgRows, pool } from "./db.js";

const server = new McpServer({ name: "orders-desk", version: "2.1.0" });

server.tool("find_orders", "Find orders by customer and status", { customer: z.string(), status: z.string() }, async ({ customer, status }) => {
  const rows = [
    ...(await pgRows("SELECT * FROM orders WHERE customer = $1 AND status = $2", [customer, status])),
    ...(await myRows("SELECT * FROM orders WHERE customer = ? AND status = ?", [customer, status])),
    ...liteRows("SELECT * FROM orders WHERE customer = ? AND status = ?", [customer, status]),
    ...(await msRows("SELECT * FROM orders WHERE customer = @p0 AND status = @p1", [customer, status])),
  ];
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("order_history", "Show the history of one order", { orderId: z.string(), since: z.string().optional() }, async ({ orderId, since }) => {
  // Config objects: the text is the field the driver reads as SQL, the values are bound.
  const a = await pool.query({ text: "SELECT * FROM order_events WHERE order_id = $1 AND at >= $2", values: [orderId, since ?? "1970-01-01"] });
  const [b] = await my.query({ sql: "SELECT * FROM order_notes WHERE order_id = ?", values: [orderId], timeout: 5000 });
  const c = await orm.query({ query: "SELECT * FROM refunds WHERE order_id = ?", values: [orderId] }, { type: QueryTypes.SELECT });
  const d = await orm.query("SELECT * FROM refunds WHERE order_id = :id", { replacements: { id: orderId }, type: QueryTypes.SELECT });
  legacy.all("SELECT * FROM shipments WHERE order_id = ? AND at >= ?", orderId, since ?? "", (err, rows) => rows);
  return { content: [{ type: "text", text: JSON.stringify({ a: a.rows, b, c, d }) }] };
});

server.tool("tag_order", "Add a tag to an order", { orderId: z.string(), tag: z.string() }, async ({ orderId, tag }) => {
  liteChange("INSERT INTO order_tags (order_id, tag) VALUES (?, ?)", orderId, tag);
  return { content: [{ type: "text", text: "tagged" }] };
});

server.tool("search_orders", "Search orders by a note's text", { text: z.string(), sortBy: z.string() }, async ({ text, sortBy }) => {
  // The text field of the config object is still SQL text.
  // expect: sql-injection
  const a = await pool.query({ text: `SELECT * FROM orders WHERE note LIKE '%${text}%'`, values: [] });
  // expect: sql-injection
  const [b] = await my.query({ sql: "SELECT * FROM orders ORDER BY " + sortBy, values: [text] });
  return { content: [{ type: "text", text: JSON.stringify({ a: a.rows, b }) }] };
});

await server.connect(new StdioServerTransport());
