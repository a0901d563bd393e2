#!/usr/bin/env node
// Placeholders in the path of the fixed API host only fill the path; one in the host name is a
// subdomain the model picks; one that starts the template is the whole base.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { apiUrl, hookUrl, spaceUrl } from "./routes.js";

const server = new McpServer({ name: "deskly", version: "0.9.4" });
const headers = { authorization: `Bearer ${process.env.DESKLY_TOKEN}` };
const text = async (res) => ({ content: [{ type: "text", text: await res.text() }] });

server.tool("read_ticket", "Read a ticket's thread", { ticketId: z.string() }, async ({ ticketId }) => {
  // ok: ssrf
  return text(await fetch(apiUrl("ticket", { ticketId }), { headers }));
});

server.tool("open_space", "Open a team space", { tenant: z.string(), spaceId: z.string() }, async ({ tenant, spaceId }) => {
  // expect: ssrf (medium), credential-exfiltration
  return text(await fetch(spaceUrl({ tenant, spaceId }), { headers }));
});

server.tool("register_hook", "Register where ticket events are posted", { callbackBase: z.string() }, async ({ callbackBase }) => {
  // expect: ssrf, credential-exfiltration
  return text(await fetch(hookUrl({ callbackBase }), { method: "POST", headers }));
});

await server.connect(new StdioServerTransport());
