#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { DeskClient } from "./client.js";

const desk = new DeskClient(process.env.TICKETDESK_URL ?? "https://desk.example.com/api/v2", process.env.TICKETDESK_API_TOKEN);
const server = new McpServer({ name: "ticketdesk", version: "1.4.0" });

const text = (value) => ({ content: [{ type: "text", text: JSON.stringify(value, null, 2) }] });
const failure = (what, error) => ({ isError: true, content: [{ type: "text", text: `${what}: ${error instanceof Error ? error.message : String(error)}` }] });

server.tool("get_ticket", "Read one ticket", { id: z.string() }, async ({ id }) => {
  try {
    return text(await desk.getTicket(id));
  } catch (error) {
    // ok: error-detail-echo
    console.error("get_ticket failed", error);
    return failure("Could not read the ticket", error);
  }
});

server.tool("list_agents", "List the help-desk agents", {}, async () => {
  try {
    return text(await desk.listAgents());
  } catch (error) {
    // ok: error-detail-echo
    console.error("list_agents failed", error);
    return failure("Could not list agents", error);
  }
});

server.tool("list_macros", "List the macros agents can apply", {}, async () => {
  try {
    return text(await desk.listMacros());
  } catch (error) {
    // ok: error-detail-echo
    console.error("list_macros failed", error);
    return failure("Could not list macros", error);
  }
});

server.tool("get_sla_policy", "Read an SLA policy", { id: z.string() }, async ({ id }) => {
  try {
    return text(await desk.getSlaPolicy(id));
  } catch (error) {
    console.error("get_sla_policy failed", error); // expect: error-detail-echo
    return failure("Could not read the SLA policy", error);
  }
});

server.tool("get_view", "Read a saved ticket view", { id: z.string() }, async ({ id }) => {
  try {
    return text(await desk.getView(id));
  } catch (error) {
    console.error("get_view failed", error); // expect: error-detail-echo
    return failure("Could not read the view", error);
  }
});

await server.connect(new StdioServerTransport());
