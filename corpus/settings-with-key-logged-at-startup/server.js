#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const { loadSettings } = require("./config.js");

const settings = loadSettings();
// expect: secret-in-log
console.error("[airtable-mcp] starting with settings:", settings);
// ok: secret-in-log
console.error(`[airtable-mcp] log level ${settings.logLevel}, node ${process.env.NODE_ENV ?? "production"}`);

const server = new McpServer({ name: "airtable-lite", version: "1.1.0" });

server.tool("list_records", "List records of a table", { table: z.string(), maxRecords: z.number().int().max(100).default(20) }, async ({ table, maxRecords }) => {
  const url = `https://api.airtable.com/v0/${settings.baseId}/${encodeURIComponent(table)}?maxRecords=${maxRecords}`;
  const res = await fetch(url, { headers: { Authorization: `Bearer ${settings.apiKey}` }, signal: AbortSignal.timeout(settings.timeoutMs) });
  if (!res.ok) return { isError: true, content: [{ type: "text", text: `Airtable answered ${res.status}` }] };
  const data = await res.json();
  return { content: [{ type: "text", text: data.records.map((r) => JSON.stringify(r.fields)).join("\n") }] };
});

server.connect(new StdioServerTransport());
