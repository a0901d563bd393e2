#!/usr/bin/env node
// `read_query` promises reads and its check lives in a method of the store class it calls
// (`store.readOnlyQuery(sql)`): the check is on the statement's way, and all() runs one statement,
// so the SELECT check holds (a capability, medium). `add_shelf_table` takes the statement the
// schema describes as "CREATE TABLE SQL statement": the tool's capability (medium).
// Twin: `pantry_report` promises a read-only report with the same check, before exec(), which runs
// every statement of the text: `SELECT 1; DROP TABLE items` passes (high).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { PantryStore } from "./store.js";

const store = new PantryStore(process.env.PANTRY_DB ?? "pantry.db");
const server = new McpServer({ name: "pantry-db", version: "1.2.0" });
const json = (v) => ({ content: [{ type: "text", text: JSON.stringify(v) }] });

server.tool("read_query", "Run a SELECT query against the pantry", { sql: z.string().describe("SELECT SQL query to run") }, async ({ sql }) => json(await store.readOnlyQuery(sql)));

server.tool("add_shelf_table", "Add a table for a new shelf", { statement: z.string().describe("CREATE TABLE SQL statement for the shelf") }, async ({ statement }) => json(await store.newShelfTable(statement)));

server.tool("pantry_report", "Run a read-only report on the pantry", { report_sql: z.string().describe("Report query to run, read-only") }, async ({ report_sql }) => json(await store.readOnlyReport(report_sql)));

await server.connect(new StdioServerTransport());
