#!/usr/bin/env node
import axios from "axios";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { ConsoleLogger } from "./logging.js";

const logger = new ConsoleLogger("freshdesk");
const desk = axios.create({
  baseURL: `https://${process.env.FRESHDESK_DOMAIN}/api/v2`,
  headers: { Authorization: `Basic ${Buffer.from(`${process.env.FRESHDESK_API_KEY}:X`).toString("base64")}` },
});

const server = new McpServer({ name: "freshdesk-agent", version: "1.1.0" });

server.tool("find_contact", "Find a contact by email", { email: z.string() }, async ({ email }) => {
  try {
    const { data } = await desk.get("/contacts", { params: { email } });
    return { content: [{ type: "text", text: data.map((c) => `${c.name} <${c.email}>`).join("\n") || "no contact" }] };
  } catch (err) {
    // expect: error-detail-echo (high)
    logger.error("contact lookup failed", err);
    return { isError: true, content: [{ type: "text", text: "Lookup failed" }] };
  }
});

server.tool("ticket_count", "Count open tickets", {}, async () => {
  try {
    const { data } = await desk.get("/tickets", { params: { filter: "new_and_my_open" } });
    return { content: [{ type: "text", text: String(data.length) }] };
  } catch (err) {
    // ok: error-detail-echo
    logger.warn("ticket count failed", err);
    return { isError: true, content: [{ type: "text", text: "Count failed" }] };
  }
});

await server.connect(new StdioServerTransport());
