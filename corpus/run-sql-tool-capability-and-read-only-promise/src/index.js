#!/usr/bin/env node
// run_sql says it runs the SQL it is given: a capability (medium), not an injection.
// safe_query also takes a statement but is inside a read-only transaction: a capability (low).
// read_only_query promises reads and checks only the prefix: `SELECT 1; DROP TABLE t` crosses it (high).
// lookup_user puts its argument into a statement the code wrote: an injection (high).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import pg from "pg";
import { z } from "zod";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const server = new McpServer({ name: "pg-console", version: "0.3.1" });

// expect: mixed-blast-radius (low)
server.tool("run_sql", "Execute a SQL statement (SELECT, INSERT, UPDATE, DDL) and return the rows", { sql: z.string().describe("The SQL to run") }, async ({ sql }) => {
  const result = await pool.query(sql); // expect: sql-injection (medium)
  return { content: [{ type: "text", text: JSON.stringify(result.rows) }] };
});

server.tool("safe_query", "Run a read-only SQL query", { query: z.string() }, async ({ query }) => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN TRANSACTION READ ONLY");
    const result = await client.query(query); // expect: sql-injection (low)
    return { content: [{ type: "text", text: JSON.stringify(result.rows) }] };
  } finally {
    await client.query("ROLLBACK");
    client.release();
  }
});

server.tool("read_only_query", "Run a SELECT query", { sql: z.string() }, async ({ sql }) => {
  if (!sql.trim().toLowerCase().startsWith("select")) throw new Error("only SELECT");
  const result = await pool.query(sql); // expect: sql-injection (high)
  return { content: [{ type: "text", text: JSON.stringify(result.rows) }] };
});

server.tool("lookup_user", "Find a user by name with a SQL query", { query: z.string().describe("name to look for") }, async ({ query }) => {
  const result = await pool.query(`SELECT id, name FROM users WHERE name = '${query}'`); // expect: sql-injection (high)
  return { content: [{ type: "text", text: JSON.stringify(result.rows) }] };
});

await server.connect(new StdioServerTransport());
