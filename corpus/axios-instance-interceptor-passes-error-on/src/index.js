#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { serviceStatus, tickets } from "./client.js";

const server = new McpServer({ name: "helpdesk-tickets", version: "1.0.2" });

server.registerTool("get_ticket", { description: "Read a ticket with its comments", inputSchema: { id: z.number().int().positive() }, annotations: { readOnlyHint: true } }, async ({ id }) => {
  try {
    const { data } = await tickets.get(`/tickets/${id}`, { params: { include: "comments" } });
    return { content: [{ type: "text", text: `${data.ticket.subject}\n\n${data.ticket.description}` }] };
  } catch (error) {
    // expect: error-detail-echo (high)
    console.error("get_ticket failed", error);
    return { isError: true, content: [{ type: "text", text: `Could not read ticket ${id}: ${error.message}` }] };
  }
});

server.registerTool("service_status", { description: "The helpdesk's service status", inputSchema: {}, annotations: { readOnlyHint: true } }, async () => {
  return { content: [{ type: "text", text: await serviceStatus() }] };
});

await server.connect(new StdioServerTransport());
