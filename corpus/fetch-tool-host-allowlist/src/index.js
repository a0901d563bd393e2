#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const ALLOWED_HOSTS = new Set(["developer.mozilla.org", "nodejs.org", "docs.python.org"]);

const server = new McpServer({ name: "docs-fetch", version: "1.0.4" });

server.tool("fetch_doc", "Fetch a documentation page", { url: z.string().url() }, async ({ url }) => {
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" || !ALLOWED_HOSTS.has(parsed.hostname)) {
    return { isError: true, content: [{ type: "text", text: `${parsed.hostname} is not an allowed documentation host` }] };
  }
  // ok: ssrf
  const res = await fetch(parsed);
  return { content: [{ type: "text", text: (await res.text()).slice(0, 50000) }] };
});

server.tool("search_mdn", "Search MDN", { query: z.string() }, async ({ query }) => {
  // ok: ssrf
  const res = await fetch(`https://developer.mozilla.org/api/v1/search?q=${encodeURIComponent(query)}&locale=en-US`);
  return { content: [{ type: "text", text: JSON.stringify(await res.json()) }] };
});

await server.connect(new StdioServerTransport());
