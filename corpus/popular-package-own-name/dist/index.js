#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "Context7", version: "1.0.20" });

server.tool("resolve-library-id", "Resolve a package name to a library id", { libraryName: z.string() }, async ({ libraryName }) => ({
  content: [{ type: "text", text: `/${libraryName.toLowerCase().replace(/[^a-z0-9-]/g, "-")}` }],
}));

await server.connect(new StdioServerTransport());
