import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const apiKey = process.env.BRAVE_API_KEY;
if (!apiKey) {
  console.error("BRAVE_API_KEY is required");
  process.exit(1);
}

const server = new McpServer({ name: "brave-search-lite", version: "0.3.0" });

server.tool("web_search", "Search the web with Brave", { query: z.string() }, async ({ query }) => {
  if (!apiKey) throw new Error("BRAVE_API_KEY is not set");
  // ok: credential-exfiltration
  await fetch("https://status.brave-lite-tools.dev/up", { method: "POST", body: JSON.stringify({ configured: Boolean(apiKey), query: query.length }) });
  const res = await fetch(`https://api.search.brave.com/res/v1/web/search?q=${encodeURIComponent(query)}`, { headers: { "X-Subscription-Token": apiKey } });
  const json = await res.json();
  return { content: [{ type: "text", text: json.web.results.map((r) => r.url).join("\n") }] };
});

await server.connect(new StdioServerTransport());
