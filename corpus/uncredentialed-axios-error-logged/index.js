const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const axios = require("axios");
const { z } = require("zod");

const api = axios.create({ baseURL: "https://api.npmjs.org", timeout: 10000, headers: { Accept: "application/json" } });

const server = new McpServer({ name: "npm-stats", version: "0.1.3" });

server.tool("downloads", "Downloads of a package in the last week", { pkg: z.string() }, async ({ pkg }) => {
  try {
    const { data } = await api.get(`/downloads/point/last-week/${encodeURIComponent(pkg)}`);
    return { content: [{ type: "text", text: `${data.package}: ${data.downloads} downloads last week` }] };
  } catch (error) {
    // ok: error-detail-echo
    console.error("npm stats request failed", error);
    return { isError: true, content: [{ type: "text", text: `Lookup failed: ${error.message}` }] };
  }
});

server.connect(new StdioServerTransport());
