#!/usr/bin/env node
// Station search puts the model's words only in the form-encoded query: the host stays the API's.
// The twin hands the model's `href` (a link a previous answer carried) to the same client as the
// path: an absolute URL there replaces the instance's base URL, token and all.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { call, follow, regionPath } from "./client.js";

const server = new McpServer({ name: "tidepool", version: "1.3.0" });
const text = (v) => ({ content: [{ type: "text", text: JSON.stringify(v) }] });

server.tool("search_stations", "Find tide stations by name or kind", { name: z.string(), kind: z.string().optional() }, async ({ name, kind }) => {
  const filter = kind ? `name eq '${name}' and kind eq '${kind}'` : `name eq '${name}'`;
  return text(await call(regionPath(undefined, "/stations"), { $filter: filter, top: "25" }));
});

server.tool("follow_link", "Open a link from a previous answer", { href: z.string() }, async ({ href }) => text(await follow(href)));

await server.connect(new StdioServerTransport());
