#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");

// Which kind of token the user holds: "USER" or "APPLICATION" picks the endpoint prefix.
const config = {
  typeToken: process.env.TYPE_TOKEN || "USER",
  kindKey: process.env.KIND_KEY || "personal",
  indexUrl: process.env.CODE_INDEX_URL || "https://index.example.com",
};
const jwt = process.env.CODE_INDEX_JWT;

// ok: secret-in-log
console.error(`code-index-search starting with ${JSON.stringify(config)}`);
console.error(`token: ${jwt}`); // expect: secret-in-log

const server = new McpServer({ name: "code-index-search", version: "0.9.1" });
server.tool("search", "Semantic search over the indexed repositories", { text: z.string() }, async ({ text }) => {
  const prefix = config.typeToken === "APPLICATION" ? "application" : "user";
  const res = await fetch(`${config.indexUrl}/${prefix}/v5/search`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${jwt}` },
    body: JSON.stringify({ text }),
  });
  return { content: [{ type: "text", text: await res.text() }] };
});
server.connect(new StdioServerTransport());
