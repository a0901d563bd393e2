#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { fetchWithFallback } from "./fetch.js";

const server = new McpServer({ name: "design-files", version: "0.3.4" });

server.tool(
  "get_file",
  "Get the layout tree of a design file",
  { fileKey: z.string().describe("The key in the file's URL"), depth: z.number().optional() },
  async ({ fileKey, depth }) => {
    const query = depth ? `?depth=${depth}` : "";
    const data = await fetchWithFallback(`/files/${fileKey}${query}`);
    return { content: [{ type: "text", text: JSON.stringify(data) }] };
  },
);

await server.connect(new StdioServerTransport());
