#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { pgColumns, pgRows, quoteName, runReport, runSql } from "./db.js";

const server = new McpServer({ name: "sqlite-desk", version: "0.3.1" });

const text = (rows: unknown) => ({ content: [{ type: "text" as const, text: JSON.stringify(rows) }] });

server.tool("run_sql", "Execute any SQL statement against the SQLite database", { sql: z.string() }, async ({ sql }) => text(runSql(sql)));

server.tool("describe_table", "Show the columns of a table", { table: z.string() }, async ({ table }) => text(runSql(`PRAGMA table_info(${quoteName(table)})`)));

server.tool("run_report", "Execute any SQL statement against the SQLite database and return a report", { sql: z.string() }, async ({ sql }) => text(runReport(sql)));

server.tool("count_where", "Count the rows of a table that match a condition", { table: z.string(), where: z.string() }, async ({ table, where }) =>
  text(runReport(`SELECT COUNT(*) AS n FROM ${quoteName(table)} WHERE ${where}`)),
);

server.tool("pg_table", "List the first rows of a PostgreSQL table", { schema: z.string(), table: z.string() }, async ({ schema, table }) =>
  text(await pgRows(`SELECT * FROM ${quoteName(schema)}.${quoteName(table)} LIMIT 50`)),
);

server.tool("pg_column", "List the values of one column of a PostgreSQL table", { table: z.string(), column: z.string() }, async ({ table, column }) =>
  text(await pgColumns(`SELECT ${column} FROM ${quoteName(table)} LIMIT 50`)),
);

await server.connect(new StdioServerTransport());
