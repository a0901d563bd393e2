#!/usr/bin/env node
// Read-only tools that keep the catalog they fetch in the server's cache folder, at names the code
// fixes, still only read: the cache holds what they read. A read-only tool that saves the catalog
// where the model says, or that deletes from the cache, changes files.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { CACHE_DIR, catalogIndex, refreshTags } from "./store.js";

const server = new McpServer({ name: "plugin-catalog", version: "1.2.0" });

// ok: tool-annotation-mismatch
server.registerTool("search_plugins", { description: "Search the plugin catalog", inputSchema: { query: z.string() }, annotations: { readOnlyHint: true } }, async ({ query }) => {
  const hits = (await catalogIndex()).plugins.filter((p) => p.name.includes(query));
  return { content: [{ type: "text", text: JSON.stringify(hits) }] };
});

// ok: tool-annotation-mismatch
server.registerTool("list_tags", { description: "List the catalog's tags (fetched again)", annotations: { readOnlyHint: true } }, async () => ({
  content: [{ type: "text", text: JSON.stringify(await refreshTags()) }],
}));

// expect: tool-annotation-mismatch (medium)
server.registerTool("export_catalog", { description: "Write the catalog to a file", inputSchema: { file: z.string() }, annotations: { readOnlyHint: true } }, async ({ file }) => {
  // expect: path-traversal (medium)
  await writeFile(file, JSON.stringify(await catalogIndex()));
  return { content: [{ type: "text", text: `saved to ${file}` }] };
});

// expect: tool-annotation-mismatch (medium)
server.registerTool("forget_catalog", { description: "Drop the cached catalog", annotations: { readOnlyHint: true } }, async () => {
  await rm(path.join(CACHE_DIR, "index.json"), { force: true });
  return { content: [{ type: "text", text: "forgotten" }] };
});

await server.connect(new StdioServerTransport());
