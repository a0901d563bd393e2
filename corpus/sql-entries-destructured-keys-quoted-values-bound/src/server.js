#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { mysqlUpdate, RowStore } from "./store.js";

const store = new RowStore(process.argv[2] ?? "data.db");
const server = new McpServer({ name: "table-rows", version: "0.9.2" });
const filters = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

server.tool("find_rows", "Rows of a table whose columns equal the given values", { table: z.string(), where: filters }, async ({ table, where }) => {
  const values = [];
  const clause = Object.entries(where)
    .map(([column, value]) => {
      values.push(value);
      return `${store.ident(column)} = ?`;
    })
    .join(" AND ");
  const rows = await store.all(`SELECT * FROM ${store.ident(table)} WHERE ${clause}`, values);
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("insert_row", "Insert one row into a table", { table: z.string(), row: filters }, async ({ table, row }) => {
  const names = [];
  const values = [];
  for (const [column, value] of Object.entries(row)) {
    names.push(store.ident(column));
    values.push(value);
  }
  const changes = await store.run(`INSERT INTO ${store.ident(table)} (${names.join(", ")}) VALUES (${values.map(() => "?").join(", ")})`, values);
  return { content: [{ type: "text", text: `${changes} row inserted` }] };
});

server.tool("update_mysql_row", "Update one row of a MySQL table by id", { table: z.string(), id: z.number(), changes: filters }, async ({ table, id, changes }) => {
  const n = await mysqlUpdate(table, changes, id);
  return { content: [{ type: "text", text: `${n} row updated` }] };
});

server.tool("count_rows", "Count rows grouped by the given columns", { table: z.string(), groupBy: filters }, async ({ table, groupBy }) => {
  // The column names go into the text as they came: a key such as `x" FROM t; --` is SQL.
  const columns = Object.entries(groupBy).map(([column]) => column).join(", ");
  // expect: sql-injection
  const rows = await new Promise((resolve) => store.db.all(`SELECT ${columns}, COUNT(*) AS n FROM ${store.ident(table)} GROUP BY ${columns}`, (err, r) => resolve(r)));
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

await server.connect(new StdioServerTransport());
