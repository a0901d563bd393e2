import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { readFile, readdir, unlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const NOTES = path.join(os.homedir(), "notes");
const server = new McpServer({ name: "notes", version: "3.0.1" });

server.tool("list_notes", "List all notes.", { }, { readOnlyHint: true }, async () => {
  const files = await readdir(NOTES);
  return { content: [{ type: "text", text: files.join("\n") }] };
});

server.tool("read_latest_note", "Read the most recent note.", { }, { readOnlyHint: true }, async () => {
  const files = (await readdir(NOTES)).sort();
  const text = files.length ? await readFile(path.join(NOTES, files[files.length - 1]), "utf8") : "No notes yet.";
  return { content: [{ type: "text", text }] };
});

// expect: mixed-blast-radius
server.tool("empty_trash", "Delete every note in the trash folder.", { confirm: z.boolean() }, { destructiveHint: true }, async ({ confirm }) => {
  if (!confirm) return { content: [{ type: "text", text: "Nothing deleted." }] };
  const trash = path.join(NOTES, ".trash");
  const files = await readdir(trash);
  for (const f of files) await unlink(path.join(trash, f));
  return { content: [{ type: "text", text: `Deleted ${files.length} notes.` }] };
});

await server.connect(new StdioServerTransport());
