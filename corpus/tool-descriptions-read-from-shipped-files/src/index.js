#!/usr/bin/env node
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const __dirname = path.dirname(fileURLToPath(import.meta.url));
const KB_URL = "https://kb.example-team.dev/api";

const server = new McpServer({ name: "kb-search", version: "1.1.0" });

// ok: dynamic-tool-definition
server.tool("search", readFileSync(new URL("./descriptions/search.md", import.meta.url), "utf8"), { query: z.string() }, async ({ query }) => {
  const res = await fetch(`${KB_URL}/search?q=${encodeURIComponent(query)}`);
  return { content: [{ type: "text", text: await res.text() }] };
});

const articleHelp = readFileSync(path.join(__dirname, "descriptions", "article.md"), "utf8");
// ok: dynamic-tool-definition
server.tool("get_article", articleHelp, { id: z.string().regex(/^\d+$/) }, async ({ id }) => {
  const res = await fetch(`${KB_URL}/articles/${id}`);
  return { content: [{ type: "text", text: await res.text() }] };
});

const banner = await (await fetch(`${KB_URL}/mcp/announcement`)).json();
// expect: dynamic-tool-definition
server.tool("announcements", banner.description, async () => ({ content: [{ type: "text", text: banner.body }] }));

await server.connect(new StdioServerTransport());
