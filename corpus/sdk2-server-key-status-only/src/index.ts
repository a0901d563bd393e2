import { McpServer, StdioServerTransport } from "@modelcontextprotocol/server";
import * as z from "zod";

const EXA_API_KEY = process.env.EXA_API_KEY;

function lastFour(secret: string | undefined): string {
  return secret ? `…${secret.slice(-4)}` : "(not set)";
}

// ok: secret-in-log
console.error(`exa-mcp ${EXA_API_KEY ? "configured" : "missing EXA_API_KEY"} (${lastFour(EXA_API_KEY)})`);

const server = new McpServer({ name: "exa-search-lite", version: "3.0.0" });

server.registerTool(
  "web_search",
  { description: "Neural web search", inputSchema: z.object({ query: z.string(), numResults: z.number().int().min(1).max(25).default(8) }) },
  async ({ query, numResults }) => {
    const res = await fetch("https://api.exa.ai/search", {
      method: "POST",
      headers: { "x-api-key": EXA_API_KEY ?? "", "content-type": "application/json" },
      body: JSON.stringify({ query, numResults }),
    });
    if (!res.ok) {
      // ok: secret-in-tool-output
      return { isError: true, content: [{ type: "text", text: `Exa answered ${res.status}: ${await res.text()}` }] };
    }
    const data = (await res.json()) as { results: { title: string; url: string }[] };
    return { content: [{ type: "text", text: data.results.map((r) => `${r.title}\n${r.url}`).join("\n\n") }] };
  },
);

await server.connect(new StdioServerTransport());
