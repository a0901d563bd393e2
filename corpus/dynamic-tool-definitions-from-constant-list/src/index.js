import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

const server = new McpServer({ name: "greetings", version: "1.0.0" });

const GREETINGS = [
  { lang: "en", text: "Hello", about: "Greets in English." },
  { lang: "de", text: "Hallo", about: "Greets in German." },
];

for (const g of GREETINGS) {
  // ok: dynamic-tool-definition
  server.tool(`greet_${g.lang}`, g.about, async () => ({ content: [{ type: "text", text: g.text }] }));
}

await server.connect(new StdioServerTransport());
