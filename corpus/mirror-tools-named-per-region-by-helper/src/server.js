#!/usr/bin/env node
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");

const state = { eu: { lag: 4, healthy: true }, ap: { lag: 31, healthy: false } };

const TOOLS = [
  {
    name: "list_regions",
    description: "List the regions that have a mirror",
    inputSchema: { type: "object", properties: {} },
  },
];

// Each region gets the same pair of tools, named after it.
function addRegionTools(region, label) {
  TOOLS.push(
    {
      name: `${region}_mirror_lag`,
      description: `How far the ${label} mirror is behind, in minutes`,
      inputSchema: { type: "object", properties: {} },
    },
    {
      name: region + "_mirror_health",
      description: `Whether the ${label} mirror answers`,
      inputSchema: { type: "object", properties: {} },
    },
  );
}
addRegionTools("eu", "European");
addRegionTools("ap", "Asia-Pacific");

const server = new Server({ name: "mirror-status", version: "0.3.2" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOLS }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const name = request.params.name;
  if (name === "list_regions") return { content: [{ type: "text", text: Object.keys(state).join(", ") }] };
  const region = name.split("_")[0];
  const mirror = state[region];
  if (!mirror) throw new Error(`unknown tool ${name}`);
  const text = name.endsWith("_lag") ? `${mirror.lag} min` : mirror.healthy ? "healthy" : "down";
  return { content: [{ type: "text", text }] };
});

server.connect(new StdioServerTransport());
