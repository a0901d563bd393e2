#!/usr/bin/env node
// Read-only tools that use what a write returned elsewhere: the outcome of a shared wrapper that
// also wraps a theme install's temp folder, the promise of a seed file written when the server started.
// Using a write's result is not making the write: the write is counted where it is called.
// Twins: a read-only tool that writes into a stream the server opened (the stream writes), or that
// makes the write itself and chains on its promise, writes.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import fs, { promises as fsp } from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { outcome, safeMkdtemp } from "./outcome.js";

const FEEDS = path.join(process.cwd(), "feeds.json");
const seeded = fsp.writeFile(FEEDS, "[]", { flag: "wx" }).catch(() => undefined);
const exportsFile = fs.createWriteStream(path.join(process.cwd(), "exports.csv"), { flags: "a" });

const server = new McpServer({ name: "feed-desk", version: "0.4.1" });

// ok: tool-annotation-mismatch
server.registerTool("read_feed", { description: "Read a feed", inputSchema: { feed: z.string() }, annotations: { readOnlyHint: true } }, async ({ feed }) => {
  const result = await outcome(fetch(`https://feeds.example.com/${encodeURIComponent(feed)}`));
  if (result.isErr()) return { content: [{ type: "text", text: "unavailable" }], isError: true };
  const text = await result.andThen((res) => res.text());
  return { content: [{ type: "text", text }] };
});

// ok: tool-annotation-mismatch
server.registerTool("list_feeds", { description: "List the feeds", inputSchema: {}, annotations: { readOnlyHint: true } }, async () => {
  const text = await seeded.then(() => fsp.readFile(FEEDS, "utf8"));
  return { content: [{ type: "text", text }] };
});

server.registerTool("install_theme", { description: "Install a feed theme", inputSchema: { name: z.string() }, annotations: { readOnlyHint: false } }, async ({ name }) => {
  const dir = await safeMkdtemp(path.join(os.tmpdir(), "theme-"));
  if (dir.isErr()) return { content: [{ type: "text", text: "no temp folder" }], isError: true };
  const css = await (await fetch(`https://themes.example.com/${encodeURIComponent(name)}.css`)).text();
  await fsp.writeFile(path.join(dir.value, "theme.css"), css);
  return { content: [{ type: "text", text: dir.value }] };
});

// expect: tool-annotation-mismatch (medium)
server.registerTool("export_row", { description: "Show a feed item and keep it in the export", inputSchema: { item: z.string() }, annotations: { readOnlyHint: true } }, async ({ item }) => {
  exportsFile.write(`${item}\n`);
  return { content: [{ type: "text", text: item }] };
});

// expect: tool-annotation-mismatch (medium)
server.registerTool("pin_feed", { description: "Show a feed and remember it as the last one", inputSchema: { feed: z.string() }, annotations: { readOnlyHint: true } }, async ({ feed }) => {
  const text = await fsp.writeFile(path.join(process.cwd(), "last-feed.txt"), feed).then(() => feed);
  return { content: [{ type: "text", text }] };
});

await server.connect(new StdioServerTransport());
