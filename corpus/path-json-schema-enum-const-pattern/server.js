#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const ARCHIVE = path.resolve(process.env.INVOICE_ARCHIVE ?? "./archive");
const server = new Server({ name: "invoice-archive", version: "1.3.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "get_invoice",
      description: "Get an archived invoice",
      inputSchema: {
        type: "object",
        properties: {
          year: { type: "string", pattern: "^\\d{4}$" },
          status: { type: "string", enum: ["paid", "open", "void"] },
          currency: { type: "string", const: "eur" },
          number: { type: "string", format: "uuid" },
        },
        required: ["year", "status", "currency", "number"],
      },
    },
    {
      name: "get_invoice_by_ref",
      description: "Get an archived invoice by its reference",
      inputSchema: { type: "object", properties: { ref: { type: "string", pattern: "^INV-" } }, required: ["ref"] },
    },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const args = request.params.arguments ?? {};
  if (request.params.name === "get_invoice") {
    // ok: path-traversal
    const text = await readFile(path.join(ARCHIVE, args.year, args.status, args.currency, `${args.number}.json`), "utf8");
    return { content: [{ type: "text", text }] };
  }
  if (request.params.name === "get_invoice_by_ref") {
    // expect: path-traversal
    const text = await readFile(path.join(ARCHIVE, "refs", `${args.ref}.json`), "utf8");
    return { content: [{ type: "text", text }] };
  }
  throw new Error(`unknown tool ${request.params.name}`);
});

await server.connect(new StdioServerTransport());
