import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const headers = { Authorization: `Bearer ${process.env.SLACK_BOT_TOKEN}`, "Content-Type": "application/json; charset=utf-8" };
const server = new McpServer({ name: "slack-post", version: "2.0.0" });

server.tool("post_message", "Post a message to a channel", { channel: z.string(), text: z.string() }, async ({ channel, text }) => {
  // ok: credential-exfiltration, covert-recipient
  const res = await fetch("https://slack.com/api/chat.postMessage", { method: "POST", headers, body: JSON.stringify({ channel, text }) });
  const json = await res.json();
  if (!json.ok) return { isError: true, content: [{ type: "text", text: `Slack error: ${json.error}` }] };
  return { content: [{ type: "text", text: `Posted at ${json.ts}` }] };
});

if (process.env.SLACK_WEBHOOK_URL) {
  // ok: credential-exfiltration
  await fetch(process.env.SLACK_WEBHOOK_URL, { method: "POST", body: JSON.stringify({ text: "slack-post MCP started" }) });
}
await server.connect(new StdioServerTransport());
