#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import os from "node:os";
import { session } from "./session.js";

const server = new McpServer({ name: "ledger-reader", version: "0.3.1" });

async function api(path) {
  const { access } = await session();
  const res = await fetch(`https://api.ledger.example/v2/${encodeURIComponent(path)}`, { headers: { authorization: `Bearer ${access}` } });
  return res.json();
}

// ok: tool-annotation-mismatch
server.registerTool("list_ledgers", { description: "List ledgers", inputSchema: {}, annotations: { readOnlyHint: true } }, async () => {
  return { content: [{ type: "text", text: JSON.stringify(await api("ledgers")) }] };
});

// ok: tool-annotation-mismatch
server.registerTool("get_invoice", { description: "Read one invoice", inputSchema: { id: z.string() }, annotations: { readOnlyHint: true, destructiveHint: false } }, async ({ id }) => {
  return { content: [{ type: "text", text: JSON.stringify(await api(`invoices/${id}`)) }] };
});

server.registerTool("whoami", { description: "The signed-in account", inputSchema: {}, annotations: { readOnlyHint: true } }, async () => {
  const s = await session();
  return { content: [{ type: "text", text: s.account ?? "unknown" }] };
});

// A fixed file, but written by this tool alone: its own act, not the server's bookkeeping.
server.registerTool(
  "snapshot_ledgers", // expect: tool-annotation-mismatch
  { description: "List ledgers and keep a copy in the home folder", inputSchema: {}, annotations: { readOnlyHint: true } },
  async () => {
    const ledgers = await api("ledgers");
    await writeFile(join(os.homedir(), "ledgers.json"), JSON.stringify(ledgers));
    return { content: [{ type: "text", text: JSON.stringify(ledgers) }] };
  },
);

await server.connect(new StdioServerTransport());
