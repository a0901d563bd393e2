#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { IncidentClient } from "./client.js";
import { withRetries } from "./errors.js";

const client = new IncidentClient({ host: process.env.INCIDENT_HOST ?? "incidents.example.com", accessToken: process.env.INCIDENT_ACCESS_TOKEN });
const server = new McpServer({ name: "incident-desk", version: "0.7.2" });

server.registerTool(
  "get_incident",
  { description: "Read one incident with its timeline", inputSchema: { id: z.number().int().positive() }, annotations: { readOnlyHint: true } },
  async ({ id }) => {
    const incident = await withRetries(() => client.request(`/incidents/${id}`));
    return { content: [{ type: "text", text: JSON.stringify(incident, null, 2) }] };
  },
);

await server.connect(new StdioServerTransport());
