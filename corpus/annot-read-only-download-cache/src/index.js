#!/usr/bin/env node
// A read-only tool that fetches a document and keeps a copy in the server's own cache folder, a folder
// per version and a file per page, at names free-text arguments give unchecked, writes where the model
// points: `../` in the version leaves the cache (the path-traversal findings on the same writes say so).
// Names the code fixes, or an argument the schema keeps to one folder level, stay the cache's
// (corpus annot-read-only-cache-named-by-argument, annot-read-only-catalog-cache-fixed-names).
// Twins: a read-only tool that writes under the shared settings folder (`~/.config/<name>`, `$XDG_CONFIG_HOME/<name>`),
// or resolves the name it is given against its folder (an absolute name replaces the folder), writes.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { download } from "./cache.js";

const server = new McpServer({ name: "docs-shelf", version: "0.3.0" });

// expect: tool-annotation-mismatch (medium)
server.registerTool("get_page", { description: "Fetch a docs page (kept in the local cache)", inputSchema: { version: z.string(), page: z.string() }, annotations: { readOnlyHint: true } }, async ({ version, page }) => ({
  content: [{ type: "text", text: await download(version, page) }],
}));

// expect: tool-annotation-mismatch (medium)
server.registerTool("get_settings_page", { description: "Fetch a settings page", inputSchema: { name: z.string() }, annotations: { readOnlyHint: true } }, async ({ name }) => {
  const text = await (await fetch(`https://docs.example.com/settings/${encodeURIComponent(name)}`)).text();
  // expect: path-traversal (high)
  fs.writeFileSync(path.join(os.homedir(), ".config", name), text);
  return { content: [{ type: "text", text }] };
});

// expect: tool-annotation-mismatch (medium)
server.registerTool("get_archived_page", { description: "Fetch an archived page", inputSchema: { file: z.string() }, annotations: { readOnlyHint: true } }, async ({ file }) => {
  const text = await (await fetch(`https://docs.example.com/archive/${encodeURIComponent(file)}`)).text();
  // expect: path-traversal (high)
  fs.writeFileSync(path.resolve(os.homedir(), ".docs-shelf", file), text);
  return { content: [{ type: "text", text }] };
});

// expect: tool-annotation-mismatch (medium)
server.registerTool("get_theme", { description: "Fetch an editor theme", inputSchema: { name: z.string() }, annotations: { readOnlyHint: true } }, async ({ name }) => {
  const text = await (await fetch(`https://docs.example.com/themes/${encodeURIComponent(name)}`)).text();
  // expect: path-traversal (high)
  fs.writeFileSync(path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), ".config"), name), text);
  return { content: [{ type: "text", text }] };
});

await server.connect(new StdioServerTransport());
