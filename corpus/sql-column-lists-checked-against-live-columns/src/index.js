#!/usr/bin/env node
// Column names the model picks are written into the statement as names. The
// list is checked element by element against the columns the database itself
// reports: every element is one of them, up to letter case (a `filter` of the
// unknown ones that must come back empty, or `every`), so no element can be
// SQL of its own.
// Twins: a list checked against names the caller also supplies, and a check
// whose failure is only logged, still reach the statement.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import Database from "better-sqlite3";
import { z } from "zod";

const db = new Database(process.env.EVENT_LOG_DB ?? "events.db", { readonly: true });
const server = new McpServer({ name: "event-log-browser", version: "0.2.3" });

function eventColumns() {
  return db.prepare("SELECT name FROM pragma_table_info('events')").all().map((row) => row.name);
}

const text = (rows) => ({ content: [{ type: "text", text: JSON.stringify(rows) }] });

server.tool("peek_events", "Show the latest events, with only the columns asked for", { columns: z.array(z.string()) }, async ({ columns }) => {
  const known = eventColumns().map((column) => column.toLowerCase());
  const unknown = columns.filter((name) => !known.includes(name.toLowerCase()));
  if (unknown.length > 0) throw new Error(`unknown columns: ${unknown.join(", ")}`);
  const picked = columns.map((name) => `"${name}"`).join(", ");
  // ok: sql-injection
  return text(db.prepare(`SELECT ${picked} FROM events ORDER BY id DESC LIMIT 20`).all());
});

server.tool("count_distinct", "Count distinct values of some event columns", { columns: z.array(z.string()) }, async ({ columns }) => {
  const known = new Set(eventColumns());
  if (!columns.every((name) => known.has(name))) throw new Error("unknown column");
  const counted = columns.map((name) => `COUNT(DISTINCT "${name}") AS "${name}"`).join(", ");
  // ok: sql-injection
  return text(db.prepare(`SELECT ${counted} FROM events`).all());
});

server.tool("peek_with_extra", "Show events with the listed columns, also allowing the extra names given", { columns: z.array(z.string()), extra: z.array(z.string()) }, async ({ columns, extra }) => {
  const allowed = [...eventColumns(), ...extra];
  const unknown = columns.filter((name) => !allowed.includes(name));
  if (unknown.length > 0) throw new Error("unknown column");
  const picked = columns.map((name) => `"${name}"`).join(", ");
  return text(db.prepare(`SELECT ${picked} FROM events LIMIT 20`).all()); // expect: sql-injection
});

server.tool("peek_lenient", "Show events with the listed columns", { columns: z.array(z.string()) }, async ({ columns }) => {
  const known = eventColumns();
  const unknown = columns.filter((name) => !known.includes(name));
  if (unknown.length > 0) console.error(`unknown columns: ${unknown.join(", ")}`);
  const picked = columns.map((name) => `"${name}"`).join(", ");
  return text(db.prepare(`SELECT ${picked} FROM events LIMIT 20`).all()); // expect: sql-injection
});

await server.connect(new StdioServerTransport());
