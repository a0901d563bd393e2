#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import pg from "pg";
import sql from "mssql";
import { z } from "zod";
import { assertColumnList, assertName, assertQualified, assertSlug, looksLikeName } from "./names.js";

const pool = new pg.Pool({ connectionString: process.env.WAREHOUSE_URL });
const server = new McpServer({ name: "warehouse-admin", version: "0.9.1" });
const json = (rows) => ({ content: [{ type: "text", text: JSON.stringify(rows, null, 2) }] });

server.tool("table_size", "Row count of a table (schema.table)", { table: z.string() }, async ({ table }) => {
  assertQualified(table);
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT count(*) AS n FROM ${table}`);
  return json(rows);
});

server.tool("vacuum_table", "Vacuum one table", { schema: z.string(), table: z.string() }, async ({ schema, table }) => {
  assertName(schema, "schema");
  assertName(table, "table");
  // ok: sql-injection
  await pool.query(`VACUUM ANALYZE "${schema}"."${table}"`);
  return json({ vacuumed: `${schema}.${table}` });
});

server.tool(
  "refresh_view",
  "Refresh a materialized view",
  { view: z.string().regex(/^[a-z_][a-z0-9_]*$/) },
  async ({ view }) => {
    // ok: sql-injection
    await pool.query(`REFRESH MATERIALIZED VIEW ${view}`);
    return json({ refreshed: view });
  },
);

// expect: mixed-blast-radius
server.tool("drop_staging", "Drop a staging table on the SQL Server side", { schema: z.string(), name: z.string() }, async ({ schema, name }) => {
  assertName(schema, "schema");
  assertName(name, "table");
  const mssqlPool = await sql.connect(process.env.STAGING_MSSQL_URL);
  // ok: sql-injection
  await mssqlPool.request().query(`DROP TABLE IF EXISTS [${schema}].[${name}]`);
  return json({ dropped: `${schema}.${name}` });
});

server.tool("sample_columns", "Sample some columns of the events table", { columns: z.string() }, async ({ columns }) => {
  assertColumnList(columns);
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT ${columns} FROM events WHERE tenant = current_user LIMIT 20`);
  return json(rows);
});

server.tool("tenant_rows", "Rows of a tenant's table by slug", { slug: z.string() }, async ({ slug }) => {
  assertSlug(slug);
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT * FROM tenant_${slug} WHERE archived = false`);
  return json(rows);
});

server.tool("peek", "First rows of a table", { table: z.string() }, async ({ table }) => {
  if (!looksLikeName(table)) throw new Error("not a table name");
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT * FROM ${table} LIMIT 5`);
  return json(rows);
});

await server.connect(new StdioServerTransport());
