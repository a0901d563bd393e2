import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { getPage } from "./confluence.js";

const server = new McpServer({ name: "confluence", version: "2.0.1" });

server.registerTool("get_page", { description: "Read a Confluence page", inputSchema: { id: z.string().regex(/^\d+$/) } }, async ({ id }) => {
  const page = await getPage(id);
  return { content: [{ type: "text", text: `# ${page.title}\n\n${page.body.storage.value}` }] };
});

await server.connect(new StdioServerTransport());
