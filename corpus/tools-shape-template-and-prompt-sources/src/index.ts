import fs from "node:fs/promises";
import path from "node:path";
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { NOTES_DIR } from "./notes.js";
import { ReadNoteArgs, SafeReadArgs } from "./schemas.js";

const server = new McpServer({ name: "workspace-notes", version: "0.9.0" });

server.registerTool(
  "read_note",
  { description: "Read a note", inputSchema: ReadNoteArgs.shape },
  async ({ name }) => {
    const text = await fs.readFile(path.join(NOTES_DIR, name), "utf8"); // expect: path-traversal (high)
    return { content: [{ type: "text", text }] };
  },
);

server.registerTool(
  "read_note_checked",
  { description: "Read a note, refusing paths outside the notes folder", inputSchema: SafeReadArgs.shape },
  async ({ name }) => {
    const full = path.resolve(NOTES_DIR, name);
    if (!full.startsWith(NOTES_DIR + path.sep)) throw new Error("outside the notes folder");
    // ok: path-traversal
    const text = await fs.readFile(full, "utf8");
    return { content: [{ type: "text", text }] };
  },
);

server.registerResource(
  "note",
  new ResourceTemplate("notes://{name}", { list: undefined }),
  { title: "Note", description: "A note by file name", mimeType: "text/markdown" },
  async (uri, { name }) => {
    const text = await fs.readFile(path.join(NOTES_DIR, String(name)), "utf8"); // expect: path-traversal (high)
    return { contents: [{ uri: uri.href, text }] };
  },
);

server.registerPrompt(
  "summarize_note",
  { description: "Summarize one note", argsSchema: { name: z.string() } },
  async ({ name }) => {
    const text = await fs.readFile(path.join(NOTES_DIR, name), "utf8"); // expect: path-traversal (high)
    return { messages: [{ role: "user", content: { type: "text", text: `Summarize this note:\n\n${text}` } }] };
  },
);

await server.connect(new StdioServerTransport());
