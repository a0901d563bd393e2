#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { start } from "./startup.js";

const server = new McpServer({ name: "atlas-cache", version: "1.4.0" });

server.registerTool("lookup_tile", { description: "Look up one cached map tile", inputSchema: { dataset: z.enum(["airports", "ports"]), shard: z.number().int().min(0).max(13) }, annotations: { readOnlyHint: true } }, async ({ dataset, shard }) => {
  const res = await fetch(`https://tiles.atlascache.dev/global/${dataset}/${shard}.json`);
  return { content: [{ type: "text", text: await res.text() }] };
});

await start(process.env.ATLAS_LICENSE_KEY);
await server.connect(new StdioServerTransport());
