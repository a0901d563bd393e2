import { readdirSync } from "node:fs";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

const server = new McpServer({ name: "notes", version: "0.4.1" });

for (const file of readdirSync(new URL("./tools/", import.meta.url))) {
  if (!file.endsWith(".js")) continue;
  const tool = await import(`./tools/${file}`);
  tool.register(server);
}

await server.connect(new StdioServerTransport());
