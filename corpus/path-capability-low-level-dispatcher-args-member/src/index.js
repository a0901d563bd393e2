#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { readPage, writePage } from "./sheets.js";

const TEMPLATES = path.join(homedir(), ".sheet-templates");

const server = new Server({ name: "sheet-pages", version: "0.9.2" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "get_page",
      description: "Read one page of a local sheet file.",
      inputSchema: {
        type: "object",
        properties: {
          path: { type: "string", description: "Absolute or relative path to the local file. Must end in .sheet or .xml." },
          page: { type: "integer" },
        },
        required: ["path", "page"],
      },
    },
    {
      name: "set_page",
      description: "Replace one page of a local sheet file and save it.",
      inputSchema: {
        type: "object",
        properties: {
          path: { type: "string", description: "Absolute or relative path to the local file. Must end in .sheet or .xml." },
          page: { type: "integer" },
          body: { type: "string" },
        },
        required: ["path", "page", "body"],
      },
    },
    {
      name: "show_template",
      description: "Show a sheet template by its id.",
      inputSchema: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
    },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  if (name === "show_template") {
    // The id is meant to name a template under the fixed folder: `../` leaves it.
    const templateId = args?.id;
    const text = readFileSync(path.join(TEMPLATES, `${templateId}.sheet`), "utf8"); // expect: path-traversal (high)
    return { content: [{ type: "text", text }] };
  }
  if (name === "get_page") {
    const filePath = args?.path;
    const text = readPage(filePath, Number(args?.page ?? 0));
    return { content: [{ type: "text", text }] };
  }
  if (name === "set_page") {
    const filePath = args?.path;
    writePage(filePath, Number(args?.page ?? 0), String(args?.body ?? ""));
    return { content: [{ type: "text", text: "saved" }] };
  }
  throw new Error(`unknown tool ${name}`);
});

await server.connect(new StdioServerTransport());
