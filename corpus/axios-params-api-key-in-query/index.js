const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const axios = require("axios");
const { z } = require("zod");

const apiKey = process.env.ALPHA_VANTAGE_API_KEY;

const server = new McpServer({ name: "alphavantage", version: "0.3.3" });

server.tool("quote", "Latest quote for a symbol", { symbol: z.string().regex(/^[A-Z.]{1,10}$/) }, async ({ symbol }) => {
  const { data } = await axios.get("https://www.alphavantage.co/query", {
    // expect: secret-in-url
    params: { function: "GLOBAL_QUOTE", symbol, apikey: apiKey },
  });
  const q = data["Global Quote"];
  return { content: [{ type: "text", text: `${q["01. symbol"]}: ${q["05. price"]} (${q["10. change percent"]})` }] };
});

server.connect(new StdioServerTransport());
