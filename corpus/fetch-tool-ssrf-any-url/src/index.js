#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "web-fetch", version: "1.1.0" });

server.registerTool(
  "fetch_url",
  { title: "Fetch URL", description: "Fetch a URL and return its text", inputSchema: { url: z.string().url(), maxLength: z.number().default(20000) } },
  async ({ url, maxLength }) => {
    const res = await fetch(url, { headers: { "User-Agent": "mcp-web-fetch" } }); // expect: ssrf
    const text = await res.text();
    return { content: [{ type: "text", text: text.slice(0, maxLength) }] };
  },
);

await server.connect(new StdioServerTransport());
