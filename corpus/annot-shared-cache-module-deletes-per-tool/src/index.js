#!/usr/bin/env node
// Tide forecasts. Every tool goes through one page cache kept in the temp folder; only the tool whose
// argument names a page, and the one that clears the user's exports, delete anything of the user's.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { createHash } from "node:crypto";
import { clearExports, pageFor, storePage } from "./pages.js";

const server = new McpServer({ name: "tide-tables", version: "1.3.0" });

// ok: tool-annotation-mismatch
server.registerTool("tide_forecast", { description: "High and low water for a station", inputSchema: { station: z.string() }, annotations: { readOnlyHint: true } }, async ({ station }) => {
  const key = createHash("sha1").update(station).digest("hex").slice(0, 12);
  const cached = pageFor(key);
  if (cached) return { content: [{ type: "text", text: cached }] };
  const res = await fetch(`https://tides.example.org/v2/stations/${encodeURIComponent(station)}`);
  const text = await res.text();
  storePage(key, text);
  return { content: [{ type: "text", text }] };
});

// expect: tool-annotation-mismatch
server.registerTool("tide_cached_page", { description: "Show a cached forecast page by its name", inputSchema: { page: z.string() }, annotations: { readOnlyHint: true } }, async ({ page }) => {
  const text = pageFor(page);
  return { content: [{ type: "text", text: text ?? "not cached" }] };
});

// expect: tool-annotation-mismatch
server.registerTool("tide_reset_exports", { description: "Start a fresh exports folder", inputSchema: {}, annotations: { readOnlyHint: true } }, async () => {
  const removed = clearExports();
  return { content: [{ type: "text", text: `removed ${removed} exports` }] };
});

await server.connect(new StdioServerTransport());
