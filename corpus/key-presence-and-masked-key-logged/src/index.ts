import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { maskSecret } from "./mask.js";

const apiKey = process.env.SCRAPER_API_KEY ?? "";

// ok: secret-in-log
console.error(`scraper-mcp: API key ${apiKey ? "set" : "missing"}`);
// ok: secret-in-log
console.error(`scraper-mcp: using key ${maskSecret(apiKey)}`);
// ok: secret-in-log
console.error("scraper-mcp: key prefix", apiKey.slice(0, 4) + "…", "length", apiKey.length);

const server = new McpServer({ name: "scraper", version: "0.8.0" });

server.registerTool(
  "scrape",
  { description: "Fetch a page as markdown", inputSchema: { url: z.string().url() } },
  async ({ url }) => {
    const res = await fetch("https://api.scraper.example.com/v1/scrape", {
      method: "POST",
      headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json" },
      body: JSON.stringify({ url, formats: ["markdown"] }),
    });
    const body = (await res.json()) as { data?: { markdown?: string }; error?: string };
    // ok: secret-in-tool-output
    return { content: [{ type: "text", text: body.data?.markdown ?? `Scrape failed: ${body.error ?? res.status}` }] };
  },
);

await server.connect(new StdioServerTransport());
