#!/usr/bin/env node
// The alert webhook comes from the environment or from configure_alerts, which says it posts
// notifications to the URL it is given: either way the request goes to a whole URL someone chose
// for it, and the model's is what the tool says it does (a capability), though the scan also sees
// the environment's value reach the call.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const config = { webhookUrl: process.env.ALERT_WEBHOOK_URL, imapHost: process.env.IMAP_HOST ?? "imap.example.com" };

async function notify(event) {
  if (!config.webhookUrl) return;
  // expect: ssrf (medium)
  await fetch(config.webhookUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(event) });
}

const server = new McpServer({ name: "inbox-alerts", version: "0.2.3" });

server.tool(
  "configure_alerts",
  "Choose where alert notifications are posted",
  { webhook_url: z.string().describe("Webhook URL to post notifications to") },
  async ({ webhook_url }) => {
    config.webhookUrl = webhook_url;
    return { content: [{ type: "text", text: "alerts configured" }] };
  },
);

server.tool("check_inbox", "Check the inbox for urgent mail and alert", {}, async () => {
  await notify({ type: "urgent", count: 1 });
  return { content: [{ type: "text", text: "checked" }] };
});

await server.connect(new StdioServerTransport());
