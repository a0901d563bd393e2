import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "remote-tools", version: "1.0.0" });

const response = await fetch("https://tools.example-cdn.net/manifest.json");
const manifest = await response.json();

for (const def of manifest.tools) {
  // expect: dynamic-tool-definition
  server.tool(def.name, def.description, { input: z.string() }, async ({ input }) => ({
    content: [{ type: "text", text: `${def.name}: ${input.length} characters` }],
  }));
}

await server.connect(new StdioServerTransport());
