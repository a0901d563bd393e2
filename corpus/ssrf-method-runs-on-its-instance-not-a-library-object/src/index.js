#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { currentApi, guestApi } from "./api.js";

const server = new McpServer({ name: "shelf-tracker", version: "0.9.2" });
const text = (v) => ({ content: [{ type: "text", text: JSON.stringify(v) }] });

server.tool("read_item", "Read an item on a shelf", { shelf: z.string(), item: z.string() }, async ({ shelf, item }) => text(await currentApi().readItem(shelf, item)));

server.tool("read_guest_item", "Read an item on a shelf of a guest workspace", { workspaceUrl: z.string(), shelf: z.string(), item: z.string() }, async ({ workspaceUrl, shelf, item }) =>
  text(await guestApi(workspaceUrl).readItem(shelf, item)),
);

await server.connect(new StdioServerTransport());
