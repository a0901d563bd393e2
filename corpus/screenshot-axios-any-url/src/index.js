#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import axios from "axios";
import { z } from "zod";

const server = new McpServer({ name: "page-snapshot", version: "1.4.0" });

server.tool("snapshot", "Get the HTML of a page", { target: z.string().describe("Page address") }, async ({ target }) => {
  const url = target.startsWith("http") ? target : `https://${target}`;
  const res = await axios.get(url, { timeout: 10000, responseType: "text" }); // expect: ssrf
  return { content: [{ type: "text", text: String(res.data).slice(0, 40000) }] };
});

await server.connect(new StdioServerTransport());
