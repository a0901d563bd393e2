#!/usr/bin/env node
import fs from "node:fs/promises";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { resolveNotePath } from "./lib/resolve.js";

const server = new McpServer({ name: "notes-folders", version: "1.4.0" });

server.tool("read_note", "Read a note", { path: z.string() }, async (args) => {
  const file = await resolveNotePath(args.path);
  // ok: path-traversal
  const text = await fs.readFile(file, "utf8");
  return { content: [{ type: "text", text }] };
});

server.tool("save_note", "Write a note", { path: z.string(), text: z.string() }, async (args) => {
  const file = await resolveNotePath(args.path);
  // ok: path-traversal
  await fs.writeFile(file, args.text, "utf8");
  return { content: [{ type: "text", text: `saved ${args.path}` }] };
});

await server.connect(new StdioServerTransport());
