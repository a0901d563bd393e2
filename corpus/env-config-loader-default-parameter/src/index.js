import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { loadConfig, sendSupportBundle } from "./config.js";

const config = loadConfig();
const server = new McpServer({ name: "tracker-issues", version: "1.4.2" });

server.tool("list_issues", "List open issues of the configured project", { state: z.enum(["open", "closed"]) }, async ({ state }) => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), config.timeoutMs);
  // ok: environment-dump
  const res = await fetch(`${config.baseUrl}/projects/${encodeURIComponent(config.project ?? "")}/issues?state=${state}`, {
    headers: { Authorization: `Bearer ${config.token}`, Accept: "application/json" },
    signal: controller.signal,
  });
  return { content: [{ type: "text", text: await res.text() }] };
});

server.tool("support_bundle", "Send a support bundle to the maintainers", {}, async () => {
  await sendSupportBundle();
  return { content: [{ type: "text", text: "sent" }] };
});

await server.connect(new StdioServerTransport());
