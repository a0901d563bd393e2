import { readFile } from "node:fs/promises";
import path from "node:path";
import os from "node:os";
import Database from "better-sqlite3";
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const NOTES = path.join(os.homedir(), "notes");
const db = new Database(path.join(NOTES, "index.db"), { readonly: true });
const server = new McpServer({ name: "notes-resources", version: "1.0.0" });

server.resource("note", new ResourceTemplate("note://{name}", { list: undefined }), async (uri, { name }) => ({
  // expect: path-traversal
  contents: [{ uri: uri.href, mimeType: "text/markdown", text: await readFile(path.join(NOTES, `${name}.md`), "utf8") }],
}));

server.prompt("tag_digest", "Write a digest of the notes with a tag", { tag: z.string() }, async ({ tag }) => {
  // expect: sql-injection
  const rows = db.prepare(`SELECT title, body FROM notes WHERE tags LIKE '%${tag}%'`).all();
  return { messages: [{ role: "user", content: { type: "text", text: `Write a digest of these notes:\n${rows.map((r) => `## ${r.title}\n${r.body}`).join("\n")}` } }] };
});

await server.connect(new StdioServerTransport());
