#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const WORKSPACE = process.cwd();
const server = new McpServer({ name: "workspace-files", version: "0.2.2" });

server.tool("read", "Read a workspace file", { file: z.string() }, async ({ file }) => {
  // Rejects "../" but not an absolute path: path.resolve(WORKSPACE, "/etc/passwd") is /etc/passwd.
  if (file.includes("..")) throw new Error("no parent directories");
  const text = await readFile(path.resolve(WORKSPACE, file), "utf8"); // expect: path-traversal
  return { content: [{ type: "text", text }] };
});

// expect: mixed-blast-radius (low)
server.tool("delete", "Delete a workspace file", { file: z.string() }, async ({ file }) => {
  const target = path.normalize(path.join(WORKSPACE, file));
  await rm(target, { force: true }); // expect: path-traversal
  return { content: [{ type: "text", text: `deleted ${file}` }] };
});

await server.connect(new StdioServerTransport());
