import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const BRAVE_API_KEY = process.env.BRAVE_API_KEY ?? "";

async function braveSearch(q: string, count: number) {
  const url = new URL("https://api.search.brave.com/res/v1/web/search");
  url.searchParams.set("q", q);
  url.searchParams.set("count", String(count));
  const res = await fetch(url, { headers: { Accept: "application/json", "X-Subscription-Token": BRAVE_API_KEY } });
  if (!res.ok) throw new Error(`Brave API error: ${res.status} ${res.statusText}`);
  return (await res.json()) as { web?: { results: { title: string; url: string }[] } };
}

const server = new McpServer({ name: "brave-lite", version: "0.4.0" });

server.registerTool(
  "web_search",
  { description: "Search the web", inputSchema: { query: z.string().max(400), count: z.number().int().min(1).max(20).default(10) } },
  async ({ query, count }) => {
    try {
      const data = await braveSearch(query, count);
      return { content: [{ type: "text", text: (data.web?.results ?? []).map((r) => `${r.title}\n${r.url}`).join("\n\n") }] };
    } catch (err) {
      // expect: error-detail-echo (low)
      return { isError: true, content: [{ type: "text", text: JSON.stringify({ error: err, cause: (err as { cause?: unknown }).cause }) }] };
    }
  },
);

await server.connect(new StdioServerTransport());
