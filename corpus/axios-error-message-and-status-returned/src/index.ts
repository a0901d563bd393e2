import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { describeError, notion } from "./notion.js";

const server = new McpServer({ name: "notion-pages", version: "2.1.0" });

server.registerTool(
  "search_pages",
  { description: "Search pages by title", inputSchema: { query: z.string() } },
  async ({ query }) => {
    try {
      const { data } = await notion.post("/search", { query, filter: { property: "object", value: "page" } });
      return { content: [{ type: "text", text: JSON.stringify(data.results.map((p: { id: string; url: string }) => ({ id: p.id, url: p.url }))) }] };
    } catch (error) {
      // ok: error-detail-echo
      return { isError: true, content: [{ type: "text", text: describeError(error) }] };
    }
  },
);

server.registerTool(
  "get_page",
  { description: "Read a page's properties", inputSchema: { pageId: z.string().uuid() } },
  async ({ pageId }) => {
    try {
      const { data } = await notion.get(`/pages/${pageId}`);
      return { content: [{ type: "text", text: JSON.stringify(data.properties, null, 2) }] };
    } catch (err) {
      const status = (err as { response?: { status?: number } }).response?.status;
      // ok: error-detail-echo
      console.error(`get_page ${pageId} failed: ${err} (status ${status})`);
      // ok: error-detail-echo
      return { isError: true, content: [{ type: "text", text: `Could not read page: ${(err as Error).message}` }] };
    }
  },
);

await server.connect(new StdioServerTransport());
