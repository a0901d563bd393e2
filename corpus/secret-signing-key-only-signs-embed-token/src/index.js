import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "chartdeck-embed", version: "2.0.3" });

server.tool("embed_link", "A signed link that embeds one dashboard", { dashboard: z.number().int(), minutes: z.number().int().max(120).optional() }, async ({ dashboard, minutes }) => {
  const signingKey = process.env.CHARTDECK_EMBED_SECRET;
  if (!signingKey) return { isError: true, content: [{ type: "text", text: "Set CHARTDECK_EMBED_SECRET first." }] };
  const { default: jwt } = await import("jsonwebtoken");
  const claims = { resource: { dashboard }, exp: Math.floor(Date.now() / 1000) + (minutes ?? 10) * 60 };
  const signed = jwt.sign(claims, signingKey);
  // The key only signs: the link holds the claims and a signature, not the key.
  // ok: secret-in-tool-output
  return { content: [{ type: "text", text: `${process.env.CHARTDECK_SITE_URL}/embed/dashboard/${signed}` }] };
});

server.tool("viewer_link", "A link that opens a dashboard as the service account", { dashboard: z.number().int() }, async ({ dashboard }) => {
  const { default: jwt } = await import("jsonwebtoken");
  // A claim is readable by anyone who holds the token: a password put in one travels in the clear.
  const signed = jwt.sign({ dashboard, login: "svc-viewer", password: process.env.CHARTDECK_SERVICE_PASSWORD }, process.env.CHARTDECK_EMBED_SECRET);
  // expect: secret-in-tool-output
  return { content: [{ type: "text", text: `${process.env.CHARTDECK_SITE_URL}/view?t=${signed}` }] };
});

await server.connect(new StdioServerTransport());
