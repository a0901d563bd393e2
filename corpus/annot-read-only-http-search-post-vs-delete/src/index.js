#!/usr/bin/env node
// search_tickets POSTs its query (the API takes searches as POST bodies) and get_ticket GETs: both
// only read. close_ticket PATCHes and purge_ticket DELETEs while claiming to be read-only; drop_tag
// DELETEs while claiming not to be destructive. The method counts where the handler names it: a
// DELETE that closes the session the same call opened (in a `finally`, or in the helper every tool
// goes through) is cleanup, and `Map.delete` is no request.
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

// expect: tool-annotation-mismatch
server.registerTool("close_ticket", { description: "Close a ticket", inputSchema: { id: z.number().int() }, annotations: { readOnlyHint: true } }, async ({ id }) => {
  const res = await fetch(`${API}/tickets/${id}`, { method: "PATCH", headers: { ...headers(), "content-type": "application/json" }, body: JSON.stringify({ status: "closed" }) });
  return json(await res.json());
});

// expect: tool-annotation-mismatch
server.registerTool("purge_ticket", { description: "Purge a ticket", inputSchema: { id: z.number().int() }, annotations: { readOnlyHint: true } }, async ({ id }) => json((await axios.delete(`${API}/tickets/${id}`, { headers: headers() })).data));

// expect: tool-annotation-mismatch
server.registerTool("drop_tag", { description: "Remove a tag from a ticket", inputSchema: { id: z.number().int(), tag: z.string() }, annotations: { destructiveHint: false } }, async ({ id, tag }) => {
  await fetch(`${API}/tickets/${id}/tags/${encodeURIComponent(tag)}`, { method: "DELETE", headers: headers() });
  return json({ removed: tag });
});

// The request helper takes the method first.
async function desk(method, path, body) {
  return (await axios.request({ method, url: `${API}${path}`, data: body, headers: headers() })).data;
}

// expect: tool-annotation-mismatch
server.registerTool("rename_ticket", { description: "Rename a ticket", inputSchema: { id: z.number().int(), title: z.string() }, annotations: { readOnlyHint: true } }, async ({ id, title }) => json(await desk("PUT", `/tickets/${id}`, { title })));

// The session this call opened is closed in `finally`: cleanup, not a change.
server.registerTool("ticket_preview", { description: "Render a ticket preview", inputSchema: { id: z.number().int() }, annotations: { readOnlyHint: true } }, async ({ id }) => {
  const session = (await axios.post(`${API}/render/sessions`, {}, { headers: headers() })).data.id;
  try {
    return json((await axios.get(`${API}/render/sessions/${session}/tickets/${id}`, { headers: headers() })).data);
  } finally {
    await fetch(`${API}/render/sessions/${session}`, { method: "DELETE", headers: headers() });
  }
});

// Every tool goes through the helper that opens and closes a session.
async function withSession(run) {
  const session = (await axios.post(`${API}/render/sessions`, {}, { headers: headers() })).data.id;
  const out = await run(session);
  await axios.delete(`${API}/render/sessions/${session}`, { headers: headers() });
  return out;
}
const recent = new Map();

server.registerTool("ticket_thumbnail", { description: "A ticket's thumbnail", inputSchema: { id: z.number().int() }, annotations: { readOnlyHint: true } }, async ({ id }) => {
  recent.delete(id);
  recent.set(id, Date.now());
  return json(await withSession(async (s) => (await axios.get(`${API}/render/sessions/${s}/thumbnails/${id}`, { headers: headers() })).data));
});

// Methods named as data: the API's route table and a check of what the token may do.
server.registerTool("describe_api", { description: "Which ticket routes the token may call", annotations: { readOnlyHint: true } }, async () => {
  const ROUTES = [
    { method: "GET", path: "/tickets/{id}" },
    { method: "DELETE", path: "/tickets/{id}" },
  ];
  const allowed = (await axios.get(`${API}/token/scopes`, { headers: headers() })).data.methods;
  return json(ROUTES.map((r) => ({ ...r, allowed: allowed.includes(r.method) && !(allowed.includes("DELETE") && r.method === "GET") })));
});

await server.connect(new StdioServerTransport());
