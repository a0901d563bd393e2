import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import Firecrawl from "firecrawl";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const apiKey = process.env.FIRECRAWL_API_KEY;
const apiBase = (process.env.FIRECRAWL_API_URL ?? "https://api.firecrawl.dev").replace(/\/$/, "");
const client = new Firecrawl({ apiKey, apiUrl: apiBase });
const server = new McpServer({ name: "scrape-and-parse", version: "2.3.0" });

server.tool("list_monitors", "List the change monitors of your account.", { monitorId: z.string().optional() }, async ({ monitorId }) => {
  const url = monitorId ? `${apiBase}/v2/monitors/${encodeURIComponent(monitorId)}` : `${apiBase}/v2/monitors`;
  const res = await fetch(url, { headers: { Authorization: `Bearer ${apiKey}` } });
  return { content: [{ type: "text", text: await res.text() }] };
});

// expect: untrusted-content-exposure
server.tool("scrape_page", "Scrape a web page and return its content as Markdown.", { url: z.string().url() }, async ({ url }) => {
  const page = await client.scrape(url, { formats: ["markdown"] });
  return { content: [{ type: "text", text: page.markdown ?? "" }] };
});

server.tool("parse_document", "Parse a local PDF or Word document into Markdown.", { filePath: z.string() }, async ({ filePath }) => {
  const absPath = path.resolve(filePath);
  // expect: path-traversal
  const buffer = await readFile(absPath);
  const parsed = await client.parse({ file: buffer, filename: path.basename(absPath) });
  return { content: [{ type: "text", text: parsed.markdown ?? "" }] };
});

await server.connect(new StdioServerTransport());
