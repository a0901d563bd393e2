#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { ExaClient } from "./exa.js";
import { ask } from "./perplexity.js";

const exa = new ExaClient();
const server = new McpServer({ name: "exa-research", version: "0.9.1" });

server.registerTool("web_search", { description: "Search the web with Exa", inputSchema: { query: z.string().max(500), numResults: z.number().int().min(1).max(25).default(8) }, annotations: { readOnlyHint: true, openWorldHint: true } }, async ({ query, numResults }) => {
  const results = await exa.search(query, numResults);
  return { content: [{ type: "text", text: results.map((r) => `${r.title}\n${r.url}`).join("\n\n") }] };
});

server.registerTool("read_pages", { description: "Read the text of pages found by web_search", inputSchema: { ids: z.array(z.string()).max(10) }, annotations: { readOnlyHint: true, openWorldHint: true } }, async ({ ids }) => {
  const pages = await exa.contents(ids);
  return { content: pages.map((p) => ({ type: "text", text: `# ${p.title}\n${p.text}` })) };
});

server.registerTool("ask", { description: "Ask Perplexity a question and get a sourced answer", inputSchema: { question: z.string().max(2000) }, annotations: { readOnlyHint: true, openWorldHint: true } }, async ({ question }) => {
  return { content: [{ type: "text", text: await ask(question) }] };
});

await server.connect(new StdioServerTransport());
