import Database from "better-sqlite3";
import { FastMCP, UserError } from "fastmcp";
import { homedir } from "node:os";
import { join } from "node:path";
import { z } from "zod";

const db = new Database(process.env.NOTES_DB ?? join(homedir(), ".notes.sqlite"));
db.exec("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, title TEXT, body TEXT)");

const server = new FastMCP({ name: "sqlite-notes", version: "0.5.0" });

server.addTool({
  name: "add_note",
  description: "Save a note",
  parameters: z.object({ title: z.string().min(1), body: z.string() }),
  execute: async ({ title, body }) => {
    try {
      const info = db.prepare("INSERT INTO notes (title, body) VALUES (?, ?)").run(title, body);
      return `Saved note #${info.lastInsertRowid}`;
    } catch (e) {
      // expect: error-detail-echo (low)
      return { content: [{ type: "text", text: `Could not save note: ${(e as Error).stack}` }] };
    }
  },
});

server.addTool({
  name: "find_notes",
  description: "Find notes whose title contains a word",
  parameters: z.object({ word: z.string() }),
  execute: async ({ word }) => {
    try {
      const rows = db.prepare("SELECT id, title FROM notes WHERE title LIKE ?").all(`%${word}%`) as { id: number; title: string }[];
      return rows.map((r) => `#${r.id} ${r.title}`).join("\n") || "No notes found";
    } catch (e) {
      // ok: error-detail-echo
      throw new UserError(`Search failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  },
});

server.start({ transportType: "stdio" });
