#!/usr/bin/env node
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const REPORTS = path.resolve(process.env.REPORTS_DIR ?? "reports");
const server = new McpServer({ name: "pg-browser", version: "1.3.0" });

async function tableNames(schema) {
  const { rows } = await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = $1", [schema]);
  return rows.map((r) => r.table_name);
}

server.tool("preview_table", "First rows of a table", { table: z.string() }, async ({ table }) => {
  const known = await tableNames("public");
  if (!known.includes(table)) throw new Error(`no table ${table}`);
  const { rows } = await client.query(`SELECT * FROM public.${table} LIMIT 20`);
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("count_column", "Count the distinct values of a column", { table: z.string(), column: z.string() }, async ({ table, column }) => {
  const { rows: cols } = await client.query("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'");
  const pairs = new Set(cols.map((c) => `${c.table_name}.${c.column_name}`));
  const tables = new Set(cols.map((c) => c.table_name));
  const columns = new Set(cols.map((c) => c.column_name));
  if (!tables.has(table) || !columns.has(column) || !pairs.has(`${table}.${column}`)) return { content: [{ type: "text", text: "unknown column" }], isError: true };
  const { rows } = await client.query(`SELECT COUNT(DISTINCT ${column}) AS n FROM public.${table}`);
  return { content: [{ type: "text", text: String(rows[0].n) }] };
});

server.tool("open_report", "Read one saved report", { name: z.string() }, async ({ name }) => {
  const saved = (await fs.readdir(REPORTS)).filter((f) => f.endsWith(".md"));
  if (!saved.includes(name)) throw new Error("no such report");
  return { content: [{ type: "text", text: await fs.readFile(path.join(REPORTS, name), "utf8") }] };
});

server.tool("sum_column", "Sum a column of a table, among the columns the caller allows", { table: z.string(), column: z.string(), allowed: z.string() }, async ({ table, column, allowed }) => {
  // The list is the model's own text: it pins nothing.
  const permitted = allowed.split(",").map((s) => s.trim());
  if (!permitted.includes(column)) throw new Error("column not allowed");
  const known = await tableNames("public");
  if (!known.includes(table)) throw new Error(`no table ${table}`);
  // expect: sql-injection
  const { rows } = await client.query(`SELECT SUM(${column}) AS total FROM public.${table}`);
  return { content: [{ type: "text", text: String(rows[0].total) }] };
});

server.tool("export_rows", "Export rows matching a filter", { filter: z.record(z.string(), z.string()), orderBy: z.string() }, async ({ filter, orderBy }) => {
  // The filter's own keys are the model's names.
  const keys = Object.keys(filter);
  if (!keys.includes(orderBy)) throw new Error("order by a filtered column");
  // expect: sql-injection
  const { rows } = await client.query(`SELECT * FROM exports ORDER BY ${orderBy}`);
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

await server.connect(new StdioServerTransport());
