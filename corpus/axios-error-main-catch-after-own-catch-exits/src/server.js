import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { pullEntries } from "./api.js";

const server = new McpServer({ name: "ledgerline-sync", version: "1.4.0" });

server.tool("entries_since", "Ledger entries since a date", { since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }, async ({ since }) => {
  try {
    const entries = await pullEntries(since);
    return { content: [{ type: "text", text: JSON.stringify(entries) }] };
  } catch (problem) {
    return { isError: true, content: [{ type: "text", text: `Ledgerline answered: ${problem.message}` }] };
  }
});

await server.connect(new StdioServerTransport());
