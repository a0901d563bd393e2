#!/usr/bin/env node
// A ledger of events in SQLite. The store is opened lazily: the opener turns foreign keys on and creates
// its index only where missing, which changes no row. query_ledger runs the model's statement only after
// checking that it starts with SELECT, through a call that runs one statement: it reads. run_report checks
// the same but hands the text to exec, which runs every statement (`SELECT 1; DELETE FROM events`);
// raw_query checks nothing; record_event inserts. Those three claim readOnlyHint wrongly.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import sqlite3 from "sqlite3";
import { z } from "zod";

let ledger;
function openLedger() {
  if (!ledger) {
    ledger = new sqlite3.Database(process.env.LEDGER_DB ?? "ledger.db");
    ledger.run("PRAGMA foreign_keys = ON");
    ledger.run("CREATE INDEX IF NOT EXISTS events_by_kind ON events(kind)");
  }
  return ledger;
}

const rows = (db, sql, params = []) => new Promise((resolve, reject) => db.all(sql, params, (err, r) => (err ? reject(err) : resolve(r))));

const server = new McpServer({ name: "event-ledger", version: "1.3.0" });

server.registerTool("query_ledger", { description: "Run a SELECT over the ledger", inputSchema: { sql: z.string() }, annotations: { readOnlyHint: true } }, async ({ sql }) => {
  if (!sql.trim().toLowerCase().startsWith("select")) throw new Error("only SELECT statements");
  const db = openLedger();
  const found = await new Promise((resolve, reject) => db.all(sql, (err, r) => (err ? reject(err) : resolve(r)))); // expect: sql-injection (medium)
  return { content: [{ type: "text", text: JSON.stringify(found) }] };
});

server.registerTool("count_events", { description: "Count the events of one kind", inputSchema: { kind: z.string() }, annotations: { readOnlyHint: true } }, async ({ kind }) => {
  const found = await rows(openLedger(), "SELECT COUNT(*) AS n FROM events WHERE kind = ?", [kind]);
  return { content: [{ type: "text", text: String(found[0].n) }] };
});

// expect: tool-annotation-mismatch
server.registerTool("run_report", { description: "Run a report query", inputSchema: { report: z.string() }, annotations: { readOnlyHint: true } }, async ({ report }) => {
  if (!/^\s*select\b/i.test(report)) throw new Error("reports are SELECT statements");
  await new Promise((resolve, reject) => openLedger().exec(report, (err) => (err ? reject(err) : resolve()))); // expect: sql-injection (high)
  return { content: [{ type: "text", text: "report done" }] };
});

// expect: tool-annotation-mismatch
server.registerTool("raw_query", { description: "Query the ledger", inputSchema: { statement: z.string() }, annotations: { readOnlyHint: true } }, async ({ statement }) => {
  const db = openLedger();
  const found = await new Promise((resolve, reject) => db.all(statement, (err, r) => (err ? reject(err) : resolve(r)))); // expect: sql-injection (high)
  return { content: [{ type: "text", text: JSON.stringify(found) }] };
});

// expect: tool-annotation-mismatch
server.registerTool("record_event", { description: "Record an event", inputSchema: { kind: z.string() }, annotations: { readOnlyHint: true } }, async ({ kind }) => {
  const db = openLedger();
  await new Promise((resolve, reject) => db.run("INSERT INTO events (kind, at) VALUES (?, ?)", [kind, Date.now()], (err) => (err ? reject(err) : resolve())));
  return { content: [{ type: "text", text: "recorded" }] };
});

await server.connect(new StdioServerTransport());
