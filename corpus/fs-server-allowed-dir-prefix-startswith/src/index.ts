#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const allowedDirectories = process.argv.slice(2).map((d) => path.resolve(d));

function validatePath(requested: string): string {
  const absolute = path.resolve(requested);
  // A plain prefix check: "/home/me/project-secrets" passes for "/home/me/project".
  const allowed = allowedDirectories.some((dir) => absolute.startsWith(dir));
  if (!allowed) throw new Error(`Access denied: ${absolute} is outside the allowed directories`);
  return absolute;
}

const server = new McpServer({ name: "local-files", version: "0.6.1" });

server.tool("read_file", "Read a file from an allowed directory", { path: z.string() }, async ({ path: requested }) => {
  const file = validatePath(requested);
  // expect: path-traversal
  const text = await fs.readFile(file, "utf8");
  return { content: [{ type: "text", text }] };
});

server.tool("write_file", "Write a file in an allowed directory", { path: z.string(), content: z.string() }, async ({ path: requested, content }) => {
  const file = validatePath(requested);
  await fs.writeFile(file, content, "utf8"); // expect: path-traversal
  return { content: [{ type: "text", text: `wrote ${content.length} bytes` }] };
});

await server.connect(new StdioServerTransport());
