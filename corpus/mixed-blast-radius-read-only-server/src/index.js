import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFile, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const NOTES = path.join(os.homedir(), "notes");
// ok: mixed-blast-radius
const server = new McpServer({ name: "notes-reader", version: "1.0.0" });

server.tool("list_notes", "List all notes.", async () => ({ content: [{ type: "text", text: (await readdir(NOTES)).join("\n") }] }));

server.tool("read_latest_note", "Read the most recent note.", { }, { readOnlyHint: true }, async () => {
  const files = (await readdir(NOTES)).sort();
  return { content: [{ type: "text", text: files.length ? await readFile(path.join(NOTES, files[files.length - 1]), "utf8") : "No notes yet." }] };
});

await server.connect(new StdioServerTransport());
