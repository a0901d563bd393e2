#!/usr/bin/env node
// Every store lives at https://<store>.shopfront.example; the model names the store.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "shopfront", version: "0.9.2" });
const text = (v) => ({ content: [{ type: "text", text: JSON.stringify(v) }] });
const STORE = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "store handle");

server.tool("list_orders", "Recent orders of a store", { store: STORE }, async ({ store }) => {
  // ok: ssrf
  const res = await fetch(`https://${store}.shopfront.example/admin/api/orders.json`);
  return text(await res.json());
});

server.tool("get_product", "One product of a store", { store: z.string(), id: z.string() }, async ({ store, id }) => {
  // ok: ssrf
  const res = await fetch(`https://${encodeURIComponent(store)}.shopfront.example/admin/api/products/${id}.json`);
  return text(await res.json());
});

// Twin: a free-form store name ends the host early (`169.254.169.254/?`): still a host the model can pick, one rung lower.
server.tool("store_status", "Is a store open?", { store: z.string() }, async ({ store }) => {
  const res = await fetch(`https://${store}.shopfront.example/status`); // expect: ssrf (medium)
  return text(await res.json());
});

// Twin: the whole host is the argument.
server.tool("store_status_on", "Status from a store's own domain", { domain: z.string() }, async ({ domain }) => {
  const res = await fetch(`https://${domain}/status`); // expect: ssrf (high)
  return text(await res.json());
});

await server.connect(new StdioServerTransport());
