#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { iconNames, iconSource } from "./catalog.js";

function createServer() {
  const server = new McpServer({ name: "icon-catalog", version: "0.4.1" });

  server.registerTool("list_icons", { description: "Names of the icons in a set", inputSchema: { set: z.enum(["outline", "solid"]) }, annotations: { readOnlyHint: true } }, async ({ set }) => {
    const names = await iconNames(set);
    return { content: [{ type: "text", text: names.join("\n") || "no icons found" }] };
  });

  server.registerTool("icon_svg", { description: "The SVG source of one icon", inputSchema: { id: z.string().regex(/^[a-z0-9-]+$/) }, annotations: { readOnlyHint: true } }, async ({ id }) => {
    const svg = await iconSource(id);
    return { content: [{ type: "text", text: svg ?? `icon ${id} not found` }] };
  });
  return server;
}

async function main() {
  const server = createServer();
  await server.connect(new StdioServerTransport());
}

main().catch((err) => {
  // ok: error-detail-echo
  console.error("icon-catalog failed to start:", err);
  process.exit(1);
});
