#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "calendar", version: "1.8.0" });

server.tool("day_of_week", "Day of the week of an ISO date", { date: z.string().date() }, async ({ date }) => ({
  content: [{ type: "text", text: new Date(date).toLocaleDateString("en-US", { weekday: "long" }) }],
}));

await server.connect(new StdioServerTransport());
