#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { rememberTokens, writeDebugDump } from "./debug.js";

const API = "https://api.design-tokens.example/v1";
const server = new McpServer({ name: "design-tokens", version: "0.5.3" });

async function fetchTokens(file) {
  const res = await fetch(`${API}/files/${encodeURIComponent(file)}/tokens`, { headers: { authorization: `Bearer ${process.env.DESIGN_API_TOKEN}` } });
  return res.json();
}

server.registerTool(
  // ok: tool-annotation-mismatch
  "get_tokens",
  { description: "Design tokens of a file.", inputSchema: { file: z.string() }, annotations: { readOnlyHint: true } },
  async ({ file }) => {
    const tokens = await fetchTokens(file);
    writeDebugDump(`tokens-${Date.now()}`, tokens);
    return { content: [{ type: "text", text: JSON.stringify(tokens) }] };
  },
);

server.registerTool(
  // expect: tool-annotation-mismatch
  "sync_tokens",
  { description: "Design tokens of a file, kept for the next session.", inputSchema: { file: z.string() }, annotations: { readOnlyHint: true } },
  async ({ file }) => {
    const tokens = await fetchTokens(file);
    writeDebugDump("sync", tokens);
    rememberTokens(tokens);
    return { content: [{ type: "text", text: JSON.stringify(tokens) }] };
  },
);

await server.connect(new StdioServerTransport());
