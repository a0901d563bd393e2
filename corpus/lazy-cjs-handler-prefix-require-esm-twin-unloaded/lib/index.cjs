const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");

const server = new McpServer({ name: "host-probe", version: "1.2.0" });

function handler(name) {
  return require("./handlers/" + name + ".cjs");
}

server.tool("ping", "Ping a host a few times", { host: z.string() }, async ({ host }) => handler("ping").run(host));

server.connect(new StdioServerTransport());
