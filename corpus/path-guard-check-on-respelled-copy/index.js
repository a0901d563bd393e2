#!/usr/bin/env node
import fs from "node:fs/promises";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { prefixCheckedPath, setShares, sharedPath, strippedCheckPath } from "./lib/shares.js";

setShares(process.argv.slice(2));
const server = new McpServer({ name: "shared-notes", version: "2.1.0" });

server.tool("read_note", "Read a note. Only works within allowed directories.", { file: z.string() }, async ({ file }) => {
  const where = await sharedPath(file);
  // ok: path-traversal
  const text = await fs.readFile(where, "utf8");
  return { content: [{ type: "text", text }] };
});

server.tool("save_note", "Save a note. Only works within allowed directories.", { file: z.string(), text: z.string() }, async ({ file, text }) => {
  const where = await sharedPath(file);
  // ok: path-traversal
  await fs.writeFile(where, text, "utf8");
  return { content: [{ type: "text", text: `saved ${file}` }] };
});

server.tool("read_archived_note", "Read an archived note. Only works within allowed directories.", { file: z.string() }, async ({ file }) => {
  const where = strippedCheckPath(file);
  // expect: path-traversal
  const text = await fs.readFile(where, "utf8");
  return { content: [{ type: "text", text }] };
});

server.tool("read_draft", "Read a draft note. Only works within allowed directories.", { file: z.string() }, async ({ file }) => {
  const where = prefixCheckedPath(file);
  // expect: path-traversal
  const text = await fs.readFile(where, "utf8");
  return { content: [{ type: "text", text }] };
});

await server.connect(new StdioServerTransport());
