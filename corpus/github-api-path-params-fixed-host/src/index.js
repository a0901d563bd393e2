#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "github-lite", version: "0.3.0" });

server.tool("get_issue", "Read one issue", { owner: z.string(), repo: z.string(), number: z.number().int() }, async ({ owner, repo, number }) => {
  // ok: ssrf
  const res = await fetch(`https://api.github.com/repos/${owner}/${repo}/issues/${number}`, { headers: { Accept: "application/vnd.github+json" } });
  return { content: [{ type: "text", text: JSON.stringify(await res.json()) }] };
});

await server.connect(new StdioServerTransport());
