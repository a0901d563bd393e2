#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { Store } from "./store.js";
import { selectOnly, selectRemote } from "./queries.js";

const store = new Store();
const server = new Server({ name: "ledger-sql", version: "2.1.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "read_query", description: "Run a read-only SELECT query against the local ledger", inputSchema: { type: "object", properties: { sql: { type: "string" }, params: { type: "array", items: { type: "string" } } }, required: ["sql"] } },
    { name: "read_remote", description: "Run a read-only SELECT query against the PostgreSQL ledger", inputSchema: { type: "object", properties: { sql: { type: "string" } }, required: ["sql"] } },
    { name: "table_rows", description: "List the rows of a table of the local ledger", inputSchema: { type: "object", properties: { table: { type: "string" } }, required: ["table"] } },
    { name: "column_totals", description: "Sum a column of a ledger table", inputSchema: { type: "object", properties: { table: { type: "string" }, column: { type: "string" } }, required: ["table", "column"] } },
    { name: "archived_rows", description: "List the rows of an archived table", inputSchema: { type: "object", properties: { table: { type: "string" } }, required: ["table"] } },
    { name: "archived_by_name", description: "List the rows of an archived table, named in double quotes", inputSchema: { type: "object", properties: { table: { type: "string" } }, required: ["table"] } },
    { name: "remote_rows", description: "List the rows of a table of the PostgreSQL ledger", inputSchema: { type: "object", properties: { table: { type: "string" } }, required: ["table"] } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const args = request.params.arguments;
  switch (request.params.name) {
    case "read_query":
      return text(await selectOnly(store, args.sql));
    case "read_remote":
      return text(await selectRemote(store, args.sql));
    case "table_rows":
      return text(await store.all(`SELECT * FROM ${store.ident(args.table)} LIMIT 100`));
    case "column_totals": {
      const parts = [args.column].map((c) => `SUM(${store.ident(c)})`).join(", ");
      return text(await store.all(`SELECT ${parts} FROM ${store.ident(args.table)}`));
    }
    case "archived_rows":
      return text(await store.archived(`SELECT * FROM ${store.tick(args.table)} LIMIT 100`));
    case "archived_by_name":
      return text(await store.archivedQuoted(`SELECT * FROM ${store.ident(args.table)} LIMIT 100`));
    case "remote_rows":
      return text(await store.remoteList(`SELECT * FROM "${args.table}" LIMIT 100`));
    default:
      throw new Error(`unknown tool ${request.params.name}`);
  }
});

function text(rows) {
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
}

await server.connect(new StdioServerTransport());
