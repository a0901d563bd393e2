#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { loadCatalog } from "./catalog.js";
import { exportRows, exportSummary } from "./export.js";

const server = new Server({ name: "ledger-reports", version: "0.4.2" }, { capabilities: { tools: {} } });
const catalog = await loadCatalog(process.env.LEDGER_DIR ?? ".");

function runQuery(query, period) {
  return [[query, period ?? "all"]];
}

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [...catalog.values()].map(({ query, ...shown }) => shown),
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const report = catalog.get(request.params.name);
  if (!report) throw new Error(`no report ${request.params.name}`);
  const args = request.params.arguments ?? {};
  const rows = runQuery(report.query, args.period);
  if (args.outFile) {
    const file = await exportRows(rows, args.outFile);
    return { content: [{ type: "text", text: `wrote ${file}` }] };
  }
  await exportSummary(rows);
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

await server.connect(new StdioServerTransport());
