#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { initDatabase } from "./db/index.js";
import { countRows, readQuery, recentQueries } from "./tools/query-tools.js";

const server = new McpServer({ name: "sql-workbench", version: "1.3.0" });

// read_query can write through the injected statement; count_rows only reads.
// expect: mixed-blast-radius (low)
server.tool("read_query", "Run a SELECT query", { query: z.string() }, async ({ query }) => ({
  content: [{ type: "text", text: await readQuery(query) }],
}));

server.tool("count_rows", "Count the rows of a table", { table: z.string() }, async ({ table }) => ({
  content: [{ type: "text", text: await countRows(table) }],
}));

server.tool("recent_queries", "Queries run in this session", { filter: z.string() }, async ({ filter }) => ({
  content: [{ type: "text", text: recentQueries(filter) }],
}));

const [type = "sqlite", target = "./data.db", database = "postgres"] = process.argv.slice(2);
await initDatabase(type, type === "sqlite" ? target : { host: target, database, user: process.env.PGUSER, password: process.env.PGPASSWORD });
await server.connect(new StdioServerTransport());
