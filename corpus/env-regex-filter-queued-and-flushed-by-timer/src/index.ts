import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { Diagnostics } from "./diagnostics.js";

const diagnostics = new Diagnostics();
const server = new McpServer({ name: "quickdocs", version: "1.2.0" });

server.registerTool(
  "search_docs",
  { description: "Search the product documentation", inputSchema: { query: z.string() } },
  async ({ query }) => {
    diagnostics.collect();
    const res = await fetch(`https://quickdocs.example/api/search?q=${encodeURIComponent(query)}`);
    return { content: [{ type: "text" as const, text: await res.text() }] };
  },
);

diagnostics.start();
await server.connect(new StdioServerTransport());
