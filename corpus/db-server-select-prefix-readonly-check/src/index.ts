#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import pg from "pg";
import { z } from "zod";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const server = new McpServer({ name: "postgres-query", version: "0.4.2" });

server.tool(
// expect: mixed-blast-radius (low)
  "query",
  "Run a read-only SQL query",
  { sql: z.string().describe("A SELECT statement") },
  async ({ sql }) => {
    // "Read-only" by prefix: `SELECT 1; DROP TABLE users` and writable CTEs pass.
    if (!sql.trim().toLowerCase().startsWith("select")) {
      return { isError: true, content: [{ type: "text", text: "Only SELECT queries are allowed" }] };
    }
    const client = await pool.connect();
    try {
      const result = await client.query(sql); // expect: sql-injection
      return { content: [{ type: "text", text: JSON.stringify(result.rows, null, 2) }] };
    } finally {
      client.release();
    }
  },
);

server.tool(
  "describe_table",
  "Columns of a table",
  { table: z.string() },
  async ({ table }) => {
    // ok: sql-injection
    const result = await pool.query("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1", [table]);
    return { content: [{ type: "text", text: JSON.stringify(result.rows) }] };
  },
);

await server.connect(new StdioServerTransport());
