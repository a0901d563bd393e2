import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { refreshIndex, searchIndex } from "./index-store.js";

const server = new McpServer({ name: "code-search", version: "0.4.0" });

server.registerTool(
  // expect: tool-annotation-mismatch
  "refresh_index",
  {
    description: "Rebuild the search index of the workspace.",
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  async () => {
    const count = await refreshIndex();
    return { content: [{ type: "text", text: `Indexed ${count} files.` }] };
  },
);

server.registerTool(
  "search",
  {
    description: "Search the index for a word.",
    inputSchema: { word: z.string().describe("Word to look up") },
    annotations: { readOnlyHint: true },
  },
  async ({ word }) => ({ content: [{ type: "text", text: (await searchIndex(word)).join("\n") }] }),
);

await server.connect(new StdioServerTransport());
