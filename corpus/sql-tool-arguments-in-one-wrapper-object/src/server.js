#!/usr/bin/env node
// Every tool takes its arguments inside one `input` object whose schema lives in
// another module. execute_statement says it runs the statement it is given, and
// the statement reaches the driver whole: a capability (medium). count_rows and
// filter_orders write their argument into a statement of the code's own: an
// injection (high), wrapper or not.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import mysql from "mysql2/promise";
import { CATALOG } from "./catalog.js";

const pool = mysql.createPool({ uri: process.env.WAREHOUSE_URL });

async function executeStatement({ statement }) {
  const [rows] = await pool.query(statement); // expect: sql-injection (medium)
  return rows;
}

async function countRows({ table }) {
  const [rows] = await pool.query(`SELECT COUNT(*) AS n FROM ${table}`); // expect: sql-injection (high)
  return rows;
}

async function filterOrders({ where }) {
  const sql = `SELECT id, total FROM orders WHERE ${where}`;
  const [rows] = await pool.query(sql); // expect: sql-injection (high)
  return rows;
}

const HANDLERS = {
  execute_statement: async ({ input }) => executeStatement({ statement: input.statement }),
  count_rows: async ({ input }) => countRows({ table: input.table }),
  filter_orders: async ({ input }) => filterOrders({ where: input.where }),
};

const server = new McpServer({ name: "orders-warehouse", version: "1.4.0" });
for (const entry of CATALOG) {
  const run = HANDLERS[entry.name];
  if (!run) throw new Error(`no handler for ${entry.name}`);
  server.tool(entry.name, entry.description, { input: entry.schema }, async (args) => {
    const rows = await run(args);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  });
}

await server.connect(new StdioServerTransport());
