import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const notes = new Map<string, string>();
const server = new McpServer({ name: "notes", version: "2.0.0" });

server.registerTool(
  "add_note",
  { description: "Store a note under a title", inputSchema: { title: z.string(), body: z.string() } },
  async ({ title, body }) => {
    notes.set(title, body);
    return { content: [{ type: "text", text: `saved ${title}` }] };
  },
);

export default server;
