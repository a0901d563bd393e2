#!/usr/bin/env node
// search_tickets POSTs its query (the API takes searches as POST bodies) and get_ticket GETs: both
// only read. close_ticket PATCHes and purge_ticket DELETEs while claiming to be read-only; drop_tag
// DELETEs while claiming not to be destructive. Known miss: HTTP methods are not judged yet, because a
// DELETE is as often the cleanup of a session the same call opened (WebDriver) as a change.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import axios from "axios";
import { z } from "zod";

const API = "https://desk.example.com/api/v2";
const headers = () => ({ authorization: `Bearer ${process.env.DESK_TOKEN}` });
const json = (data) => ({ content: [{ type: "text", text: JSON.stringify(data) }] });

const server = new McpServer({ name: "ticket-search", version: "2.0.3" });

server.registerTool("search_tickets", { description: "Search tickets", inputSchema: { query: z.string() }, annotations: { readOnlyHint: true } }, async ({ query }) => {
  const res = await fetch(`${API}/tickets/search`, { method: "POST", headers: { ...headers(), "content-type": "application/json" }, body: JSON.stringify({ query }) });
  return json(await res.json());
});

server.registerTool("get_ticket", { description: "Get a ticket", inputSchema: { id: z.number().int() }, annotations: { readOnlyHint: true } }, async ({ id }) => json((await axios.get(`${API}/tickets/${id}`, { headers: headers() })).data));

// todo-expect: tool-annotation-mismatch
server.registerTool("close_ticket", { description: "Close a ticket", inputSchema: { id: z.number().int() }, annotations: { readOnlyHint: true } }, async ({ id }) => {
  const res = await fetch(`${API}/tickets/${id}`, { method: "PATCH", headers: { ...headers(), "content-type": "application/json" }, body: JSON.stringify({ status: "closed" }) });
  return json(await res.json());
});

// todo-expect: tool-annotation-mismatch
server.registerTool("purge_ticket", { description: "Purge a ticket", inputSchema: { id: z.number().int() }, annotations: { readOnlyHint: true } }, async ({ id }) => json((await axios.delete(`${API}/tickets/${id}`, { headers: headers() })).data));

// todo-expect: tool-annotation-mismatch
server.registerTool("drop_tag", { description: "Remove a tag from a ticket", inputSchema: { id: z.number().int(), tag: z.string() }, annotations: { destructiveHint: false } }, async ({ id, tag }) => {
  await fetch(`${API}/tickets/${id}/tags/${encodeURIComponent(tag)}`, { method: "DELETE", headers: headers() });
  return json({ removed: tag });
});

await server.connect(new StdioServerTransport());
