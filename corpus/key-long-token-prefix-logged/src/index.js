import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const pageToken = process.env.FACEBOOK_PAGE_ACCESS_TOKEN ?? "";
const billingKey = process.env.PAGEPULSE_BILLING_KEY ?? "";

// A page token runs to a couple of hundred characters: its first sixteen leave the rest unknown.
// ok: secret-in-log
console.error(`page token loaded: ${pageToken.slice(0, 16)}…`);
// Forty characters is no longer a prefix that hides it.
// expect: secret-in-log
console.error(`page token (debug): ${pageToken.substring(0, 40)}`);
// A key of no known length: sixteen characters may be most of it.
// expect: secret-in-log
console.error(`billing key: ${billingKey.slice(0, 16)}…`);

const server = new McpServer({ name: "pagepulse-insights", version: "0.5.0" });

server.tool("page_insights", "Reach and engagement of the page for a metric", { metric: z.enum(["page_impressions", "page_engaged_users"]) }, async ({ metric }) => {
  const res = await fetch(`https://graph.facebook.com/v19.0/me/insights/${metric}`, { headers: { Authorization: `Bearer ${pageToken}` } });
  return { content: [{ type: "text", text: JSON.stringify(await res.json()) }] };
});

await server.connect(new StdioServerTransport());
