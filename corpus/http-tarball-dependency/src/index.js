#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "invoice-pdf", version: "1.1.0" });

server.tool(
  "invoice_total",
  "Compute the total of invoice lines",
  { lines: z.array(z.object({ qty: z.number(), price: z.number() })) },
  async ({ lines }) => ({
    content: [{ type: "text", text: lines.reduce((sum, l) => sum + l.qty * l.price, 0).toFixed(2) }],
  }),
);

await server.connect(new StdioServerTransport());
