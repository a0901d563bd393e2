#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import Database from "better-sqlite3";
import { z } from "zod";
import { db, explainAll, multi, pool, runAll, runGet } from "./db.js";

const server = new McpServer({ name: "sql-desk", version: "0.4.0" });
const local = new Database(process.env.DB_PATH ?? "notes.db");
const TABLES = ["notes", "tags"];

function onlySelect(sql) {
  if (!sql.trim().toLowerCase().startsWith("select")) throw new Error("only SELECT statements");
}

// select_rows and select_mysql run one checked SELECT: read-only, so the first tool that can change rows carries the mixed-blast-radius finding.
server.tool("select_rows", "Run a read-only SELECT query against the SQLite database", { sql: z.string() }, async ({ sql }) => {
  onlySelect(sql);
  const rows = await new Promise((resolve, reject) => {
    db.all(sql, [], (err, r) => (err ? reject(err) : resolve(r))); // expect: sql-injection (medium)
  });
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("select_mysql", "Run a read-only SELECT query against MySQL", { query: z.string() }, async ({ query }) => {
  onlySelect(query);
  const [rows] = await pool.execute(query); // expect: sql-injection (medium)
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("select_batch", "Run a read-only SELECT query and return nothing", { sql: z.string() }, async ({ sql }) => { // expect: mixed-blast-radius (low)
  onlySelect(sql);
  db.exec(sql); // expect: sql-injection (high)
  return { content: [{ type: "text", text: "done" }] };
});

server.tool("select_multi", "Run a read-only SELECT query against MySQL, several at once", { query: z.string() }, async ({ query }) => {
  onlySelect(query);
  const [rows] = await multi.query(query); // expect: sql-injection (high)
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("run_sql", "Execute any SQL statement (SELECT, INSERT, UPDATE, DDL) against the SQLite database", { sql: z.string(), values: z.array(z.string()).optional() }, async ({ sql, values }) => {
  const rows = await runAll(sql, values);
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("count_rows", "Count the rows of a table", { table: z.string() }, async ({ table }) => {
  if (!TABLES.includes(table)) throw new Error("unknown table");
  const rows = await runAll(`SELECT COUNT(*) AS n FROM "${table}"`);
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("find_note", "Find a note by its title with a SQL query", { query: z.string().describe("the title to look for") }, async ({ query }) => {
  const sql = `SELECT id, body FROM notes WHERE title = '${query}'`;
  const row = await runGet(sql);
  return { content: [{ type: "text", text: JSON.stringify(row) }] };
});

server.tool("search_text", "Run a read-only SQL query over the local notes database", { sql: z.string() }, async ({ sql }) => {
  const rows = local.prepare(sql).all(); // expect: sql-injection (high)
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("explain_sql", "Execute any SQL statement under EXPLAIN QUERY PLAN and return the plan", { sql: z.string() }, async ({ sql }) => {
  const rows = await explainAll(sql);
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("plan_notes", "Show how the notes table is read", {}, async () => {
  const rows = await explainAll("SELECT * FROM notes");
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

await server.connect(new StdioServerTransport());
