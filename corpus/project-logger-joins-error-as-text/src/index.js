#!/usr/bin/env node
import axios from "axios";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { audit, log } from "./log.js";

const helpdesk = axios.create({
  baseURL: `https://${process.env.ZENDESK_SUBDOMAIN}.zendesk.com/api/v2`,
  auth: { username: `${process.env.ZENDESK_EMAIL}/token`, password: process.env.ZENDESK_API_TOKEN },
});

const server = new McpServer({ name: "zendesk-tickets", version: "0.4.2" });

server.tool("get_ticket", "Read one support ticket", { id: z.number().int() }, async ({ id }) => {
  try {
    const { data } = await helpdesk.get(`/tickets/${id}.json`);
    return { content: [{ type: "text", text: `${data.ticket.subject}\n\n${data.ticket.description}` }] };
  } catch (failure) {
    // The logger joins its parts as text: the error prints as "AxiosError: <message>".
    // ok: error-detail-echo
    log.error("ticket lookup failed:", failure);
    return { isError: true, content: [{ type: "text", text: `Could not read ticket ${id}` }] };
  }
});

server.tool("search_tickets", "Search support tickets", { query: z.string() }, async ({ query }) => {
  try {
    const { data } = await helpdesk.get("/search.json", { params: { query: `type:ticket ${query}` } });
    return { content: [{ type: "text", text: data.results.map((t) => `#${t.id} ${t.subject}`).join("\n") }] };
  } catch (problem) {
    // ok: error-detail-echo
    audit.warn("search", query, problem);
    return { isError: true, content: [{ type: "text", text: "Search failed" }] };
  }
});

await server.connect(new StdioServerTransport());
