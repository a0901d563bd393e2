#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { TicketDeskClient } from "./client.js";

const server = new McpServer({ name: "ticketdesk", version: "1.4.0" });
const desk = new TicketDeskClient({ baseURL: process.env.TICKETDESK_URL });
const text = (v) => ({ content: [{ type: "text", text: JSON.stringify(v, null, 2) }] });

// ok: ssrf
server.tool("get_ticket", "Read one ticket", { id: z.string() }, async ({ id }) => text(await desk.getTicket(id)));

// ok: ssrf
server.tool("search_tickets", "Search tickets", { query: z.string() }, async ({ query }) => text(await desk.searchTickets(query)));

server.tool("list_comments", "Comments of a ticket", { ticketId: z.string(), page: z.number().int().default(1) }, async ({ ticketId, page }) => {
  // ok: ssrf
  return text(await desk.commentsOf(ticketId, page));
});

// The endpoint path is the model's, glued to the configured base with a leading slash the code writes.
server.tool("raw_get", "GET any TicketDesk API path, e.g. v2/users/me", { path: z.string() }, async ({ path }) => {
  // ok: ssrf
  return text(await desk.request("/" + "v2/" + path));
});

// A body-only argument: the URL to attach is data the API stores, not where this request goes.
server.tool("attach_link", "Attach a link to a ticket", { id: z.string(), url: z.string().url() }, async ({ id, url }) => {
  // ok: ssrf
  const res = await fetch("https://api.ticketdesk.example/v2/links", { method: "POST", body: JSON.stringify({ ticket: id, url }) });
  return text(await res.json());
});

// Twin: the base is the model's argument; whatever follows, the host is its choice.
server.tool("mirror_get", "Read a ticket from a mirror", { mirror: z.string(), id: z.string() }, async ({ mirror, id }) => {
  const res = await fetch(`${mirror}/v2/tickets/${id}`); // expect: ssrf
  return text(await res.json());
});

// Twin: glued to the authority with nothing between, the argument continues the host name (`.evil.example`, `@evil.example`).
server.tool("get_by_suffix", "Read a resource by its suffix", { suffix: z.string() }, async ({ suffix }) => {
  const res = await fetch("https://api.ticketdesk.example" + suffix); // expect: ssrf
  return text(await res.json());
});

await server.connect(new StdioServerTransport());
