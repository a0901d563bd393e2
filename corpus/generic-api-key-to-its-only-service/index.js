import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const API_KEY = process.env.API_KEY;
const server = new McpServer({ name: "stockquotes", version: "0.2.0" });

server.tool("quote", "Latest price of a ticker", { symbol: z.string().regex(/^[A-Z.]{1,6}$/) }, async ({ symbol }) => {
  // ok: credential-exfiltration
  // expect: secret-in-url
  const res = await fetch(`https://financialmodelingprep.com/api/v3/quote/${symbol}?apikey=${API_KEY}`);
  const [q] = await res.json();
  return { content: [{ type: "text", text: `${q.symbol}: ${q.price}` }] };
});

await server.connect(new StdioServerTransport());
