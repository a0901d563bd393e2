const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");

if (process.argv.includes("--debug")) {
  // expect: environment-dump (high)
  console.log(process.env);
}

const server = new McpServer({ name: "k8s-helper", version: "0.1.0" });

server.tool("explain_kind", "Explain a Kubernetes resource kind", { kind: z.string() }, async ({ kind }) => ({
  content: [{ type: "text", text: `A ${kind} is a Kubernetes API object; run \`kubectl explain ${kind}\` for its fields.` }],
}));

server.connect(new StdioServerTransport());
