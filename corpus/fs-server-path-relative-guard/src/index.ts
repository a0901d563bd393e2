#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import os from "node:os";
import { z } from "zod";

const NOTES_ROOT = path.resolve(process.env.NOTES_DIR ?? path.join(os.homedir(), "notes"));

function insideNotes(name: string): string {
  const full = path.resolve(NOTES_ROOT, name);
  const rel = path.relative(NOTES_ROOT, full);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error(`${name} is outside the notes folder`);
  }
  return full;
}

const server = new McpServer({ name: "notes", version: "1.2.0" });

server.registerTool(
  "read_note",
  { description: "Read a note", inputSchema: { name: z.string().describe("File name under the notes folder") } },
  async ({ name }) => {
    const full = path.resolve(NOTES_ROOT, name);
    const rel = path.relative(NOTES_ROOT, full);
    if (rel.startsWith("..") || path.isAbsolute(rel)) {
      return { isError: true, content: [{ type: "text", text: "outside the notes folder" }] };
    }
    // ok: path-traversal
    const text = await readFile(full, "utf8");
    return { content: [{ type: "text", text }] };
  },
);

server.registerTool(
  "save_note",
  { description: "Save a note", inputSchema: { name: z.string(), body: z.string() } },
  async ({ name, body }) => {
    const full = insideNotes(name);
    await writeFile(full, body, "utf8"); // ok: path-traversal
    return { content: [{ type: "text", text: "saved" }] };
  },
);

await server.connect(new StdioServerTransport());
