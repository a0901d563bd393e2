import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

// Each pool entry holds the store's address (with its password) under a name.
const pools = new Map();
let current = "default";
pools.set("default", { dsn: process.env.KVPOOL_DSN, openedAt: Date.now(), calls: 0 });
const server = new McpServer({ name: "kvpool-admin", version: "0.7.0" });

server.tool("use_pool", "Make an open store the current one", { name: z.string().regex(/^[a-z0-9_-]{1,32}$/) }, async ({ name }) => {
  if (!pools.has(name)) return { isError: true, content: [{ type: "text", text: `no store named ${name}` }] };
  current = name;
  return { content: [{ type: "text", text: `using ${name}` }] };
});

server.tool("pool_names", "Names of the open stores", {}, async () => {
  const names = [...pools.keys()].map((n) => (n === current ? `${n} (current)` : n));
  // ok: secret-in-tool-output
  return { content: [{ type: "text", text: names.join("\n") || "none open" }] };
});

server.tool("pool_details", "Every open store with its address", {}, async () => {
  const details = Array.from(pools.entries()).map(([n, p]) => `${n}: ${p.dsn}`);
  // expect: secret-in-tool-output
  return { content: [{ type: "text", text: details.join("\n") }] };
});

await server.connect(new StdioServerTransport());
