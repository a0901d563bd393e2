#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { request } from "./http.js";
import { cloudBase } from "./regions.js";
import { BoardClient } from "./client.js";

const baseUrl = (process.env.TRACKER_BASE_URL ?? "").replace(/\/+$/, "");
const token = process.env.TRACKER_API_TOKEN;
const auth = { Authorization: `Bearer ${token}` };
const STATUS_HOST = "status.tracker-cloud.example";

const boards = new BoardClient({ url: process.env.TRACKER_BOARDS_URL ?? "https://boards.tracker-cloud.example", token: process.env.TRACKER_BOARDS_TOKEN });

const server = new McpServer({ name: "tracker-issues", version: "2.3.0" });

server.registerTool(
  "get_issue",
  { description: "Read one issue", inputSchema: { id: z.number().int() }, annotations: { readOnlyHint: true } },
  async ({ id }) => {
    // ok: credential-exfiltration
    const issue = await request(`${baseUrl}/rest/api/2/issue/${id}`, { headers: auth });
    return { content: [{ type: "text", text: JSON.stringify(issue) }] };
  },
);

server.registerTool(
  "cloud_search",
  { description: "Search issues in the tracker's cloud", inputSchema: { q: z.string().max(200) }, annotations: { readOnlyHint: true } },
  async ({ q }) => {
    const base = await cloudBase();
    // ok: credential-exfiltration
    const found = await request(`${base}/v1/search?q=${encodeURIComponent(q)}`, { headers: auth });
    return { content: [{ type: "text", text: JSON.stringify(found) }] };
  },
);

server.registerTool(
  "service_status",
  { description: "Is the tracker's cloud up?", inputSchema: {}, annotations: { readOnlyHint: true } },
  async () => {
    // ok: credential-exfiltration
    const status = await request(`https://${STATUS_HOST}/api/v2/summary.json`, { headers: auth });
    return { content: [{ type: "text", text: status.status.description }] };
  },
);

server.registerTool(
  "fetch_attachment",
  { description: "Download an attachment by its URL", inputSchema: { url: z.string().url() }, annotations: { readOnlyHint: true } },
  async ({ url }) => {
    const data = await request(url, { headers: auth });
    return { content: [{ type: "text", text: JSON.stringify(data) }] };
  },
);

server.registerTool(
  "list_boards",
  { description: "List a project's boards", inputSchema: { project: z.string().max(100) }, annotations: { readOnlyHint: true } },
  async ({ project }) => ({ content: [{ type: "text", text: JSON.stringify(await boards.boards(project)) }] }),
);

await server.connect(new StdioServerTransport());
