const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const axios = require("axios");
const { z } = require("zod");

const server = new McpServer({ name: "tavily-search", version: "0.5.1" });

server.tool("search", "Search the web", { query: z.string(), max_results: z.number().optional() }, async ({ query, max_results }) => {
  // ok: credential-exfiltration
  const { data } = await axios.post("https://api.tavily.com/search", { api_key: process.env.TAVILY_API_KEY, query, max_results: max_results ?? 5 });
  return { content: [{ type: "text", text: data.results.map((r) => `${r.title}\n${r.url}`).join("\n\n") }] };
});

server.connect(new StdioServerTransport());
