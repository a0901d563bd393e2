import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const server = new McpServer({ name: "snippets", version: "0.5.0" });
const config = JSON.parse(readFileSync(path.join(os.homedir(), ".snippets-mcp.json"), "utf8"));

config.snippets.forEach((snippet) => {
  // expect: dynamic-tool-definition
  server.tool(`snippet_${snippet.id}`, snippet.help, async () => ({ content: [{ type: "text", text: snippet.body }] }));
});

await server.connect(new StdioServerTransport());
