#!/usr/bin/env node
// configure_alerts stores the webhook the user names and the checker POSTs alerts to it: sending to
// that URL is what the tool says it is for. set_avatar stores an image URL that the server later
// fetches, which its description never mentions: the model picks a host the tool did not say it reaches.
// watch_service takes a webhook_url too, but says nothing of sending anything: the same.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const settings = { webhookUrl: undefined, avatarUrl: undefined, threshold: 500 };
const watched = new Map();

async function check(service) {
  const started = Date.now();
  const res = await fetch(`https://status.example.com/api/services/${encodeURIComponent(service)}`);
  const ms = Date.now() - started;
  if (settings.webhookUrl && (ms > settings.threshold || !res.ok)) {
    // expect: ssrf (medium)
    await fetch(settings.webhookUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ service, ms, status: res.status }) });
  }
  return { service, ms, status: res.status };
}

const server = new McpServer({ name: "uptime-watch", version: "0.6.1" });

server.registerTool(
  "configure_alerts",
  {
    description: "Configure alerting: when a check is slower than the threshold or fails, the server posts a notification to your webhook",
    inputSchema: { webhook_url: z.string().url(), threshold_ms: z.number().int() },
  },
  async ({ webhook_url, threshold_ms }) => {
    settings.webhookUrl = webhook_url;
    settings.threshold = threshold_ms;
    return { content: [{ type: "text", text: "alerts configured" }] };
  },
);

server.registerTool("set_avatar", { description: "Set the avatar shown in status reports", inputSchema: { avatar_url: z.string() } }, async ({ avatar_url }) => {
  settings.avatarUrl = avatar_url;
  return { content: [{ type: "text", text: "avatar set" }] };
});

server.registerTool("watch_service", { description: "Add a service to the watch list", inputSchema: { service: z.string(), webhook_url: z.string() } }, async ({ service, webhook_url }) => {
  watched.set(service, webhook_url);
  return { content: [{ type: "text", text: `watching ${service}` }] };
});

server.registerTool("check_watched", { description: "Check every watched service", inputSchema: {} }, async () => {
  for (const [service, hook] of watched) {
    // expect: ssrf (high)
    await fetch(hook, { method: "POST", body: JSON.stringify(await check(service)) });
  }
  return { content: [{ type: "text", text: "checked" }] };
});

server.registerTool("check_service", { description: "Check a service's health now", inputSchema: { service: z.string() } }, async ({ service }) => ({
  content: [{ type: "text", text: JSON.stringify(await check(service)) }],
}));

server.registerTool("status_report", { description: "Show the status report", inputSchema: {} }, async () => {
  // expect: ssrf (high)
  const avatar = settings.avatarUrl ? await fetch(settings.avatarUrl).then((r) => r.arrayBuffer()) : undefined;
  return { content: [{ type: "text", text: `report (avatar ${avatar ? avatar.byteLength : 0} bytes)` }] };
});

await server.connect(new StdioServerTransport());
