#!/usr/bin/env node
import { promises as fs } from "node:fs";
import path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { Vault } from "./vault.js";

const vault = new Vault(process.env.SNIPPET_VAULT ?? "./vault", (process.env.SNIPPET_EXTRA ?? "").split(",").filter(Boolean));
const server = new McpServer({ name: "snippet-vault", version: "3.1.0" });
const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

server.registerTool("read_snippet", { description: "Read a snippet", inputSchema: { name: z.string() } }, async ({ name }) => text(await vault.read(name)));

server.registerTool("update_snippet", { description: "Update a snippet", inputSchema: { name: z.string(), body: z.string() } }, async ({ name, body }) => {
  await vault.write(name, body);
  return text("updated");
});

// expect: mixed-blast-radius (low)
server.registerTool("delete_snippet", { description: "Delete a snippet", inputSchema: { name: z.string() } }, async ({ name }) => {
  await vault.remove(name);
  return text("deleted");
});

server.registerTool("read_shared_snippet", { description: "Read a snippet from a shared collection", inputSchema: { base: z.string(), name: z.string() } }, async ({ base, name }) => text(await vault.readUnder(base, name)));

server.registerTool("snippet_stats", { description: "Size of a snippet", inputSchema: { name: z.string() } }, async ({ name }) => {
  if (!vault.isInside(name)) throw new Error("outside the vault");
  // ok: path-traversal
  const body = await fs.readFile(vault.resolve(name), "utf8");
  return text(String(body.length));
});

server.registerTool("read_from_folder", { description: "Read a snippet from a folder of snippets", inputSchema: { base: z.string(), name: z.string() } }, async ({ base, name }) => {
  const full = path.resolve(base, name);
  const rel = path.relative(base, full);
  if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("outside the folder");
  // expect: path-traversal
  return text(await fs.readFile(full, "utf8"));
});

await server.connect(new StdioServerTransport());
