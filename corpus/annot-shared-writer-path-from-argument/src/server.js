#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { saveJson, session } from "./session.js";

const server = new McpServer({ name: "ledger-export", version: "0.3.1" });

async function api(path) {
  const { access } = await session();
  const res = await fetch(`https://api.ledger.example/v2/${encodeURIComponent(path)}`, { headers: { authorization: `Bearer ${access}` } });
  return res.json();
}

// ok: tool-annotation-mismatch
server.registerTool("list_ledgers", { description: "List ledgers", inputSchema: {}, annotations: { readOnlyHint: true } }, async () => {
  return { content: [{ type: "text", text: JSON.stringify(await api("ledgers")) }] };
});

// The model names the file: the shared writer now writes where this call says.
server.registerTool(
  "export_ledger", // expect: tool-annotation-mismatch
  { description: "Save a ledger as JSON", inputSchema: { ledger: z.string(), file: z.string() }, annotations: { readOnlyHint: true } },
  async ({ ledger, file }) => {
    await saveJson(file, await api(`ledgers/${ledger}`));
    return { content: [{ type: "text", text: `saved to ${file}` }] };
  },
);

await server.connect(new StdioServerTransport());
