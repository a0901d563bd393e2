#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import Database from "better-sqlite3";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

const db = new Database(path.join(os.homedir(), ".mcp-notes.db"));
// ok: sql-injection, command-injection
db.exec(`
  CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL, created TEXT DEFAULT CURRENT_TIMESTAMP);
  CREATE INDEX IF NOT EXISTS notes_title ON notes(title);
`);

const insert = db.prepare("INSERT INTO notes (title, body) VALUES (?, ?)");
const search = db.prepare("SELECT id, title, body FROM notes WHERE title LIKE ? ORDER BY created DESC LIMIT 20");
const ORDER_COLUMNS: Record<string, string> = { newest: "created DESC", title: "title ASC" };

const server = new McpServer({ name: "sqlite-notes", version: "2.1.0" });

// add_note writes (its module-level prepared statement is an INSERT) and list_notes only reads; nothing
// deletes, so no tool is destructive (issue 21: the statement's text decides, not "unknown SQL can do anything").
// ok: mixed-blast-radius
server.tool("add_note", "Add a note", { title: z.string(), body: z.string() }, async ({ title, body }) => {
  // ok: sql-injection
  const info = insert.run(title, body);
  return { content: [{ type: "text", text: `note ${info.lastInsertRowid} added` }] };
});

server.tool("search_notes", "Search notes by title", { query: z.string() }, async ({ query }) => {
  // ok: sql-injection
  const rows = search.all(`%${query}%`);
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("list_notes", "List notes in an order", { order: z.enum(["newest", "title"]) }, async ({ order }) => {
  // ok: sql-injection
  const rows = db.prepare(`SELECT id, title FROM notes ORDER BY ${ORDER_COLUMNS[order]}`).all();
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

await server.connect(new StdioServerTransport());
