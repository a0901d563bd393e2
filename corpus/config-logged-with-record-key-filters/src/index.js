#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const filters = {
  projectKey: process.env.BOARD_PROJECT_KEY ?? "OPS",
  componentKeys: (process.env.BOARD_COMPONENT_KEYS ?? "").split(",").filter(Boolean),
  issueKey: process.env.BOARD_ISSUE_KEY,
};
const token = process.env.BOARD_API_TOKEN;

// ok: secret-in-log
console.error("default filters", filters);
// expect: secret-in-log
console.error("connecting with", { token, filters });

const server = new McpServer({ name: "defect-board", version: "1.2.0" });

server.registerTool(
  "open_defects",
  { description: "Open defects of the default project", inputSchema: { limit: z.number().int().max(100).default(20) }, annotations: { readOnlyHint: true } },
  async ({ limit }) => {
    const res = await fetch(`https://board.defects.example/api/search?project=${encodeURIComponent(filters.projectKey)}&limit=${limit}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = await res.json();
    return { content: [{ type: "text", text: body.items.map((d) => `${d.key}: ${d.title}`).join("\n") }] };
  },
);

await server.connect(new StdioServerTransport());
