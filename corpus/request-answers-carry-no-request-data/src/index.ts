import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { exportLink, jobLog, listJobs, probe, renderDocument, usage, whoami } from "./api.js";

const OUT = join(process.cwd(), "renders");
const server = new McpServer({ name: "render-hub", version: "0.4.2" });

server.registerTool(
  "render",
  { description: "Render a document from a prompt and save it", inputSchema: { prompt: z.string() } },
  async ({ prompt }) => {
    const file = await renderDocument(prompt);
    mkdirSync(OUT, { recursive: true });
    const target = join(OUT, file.fileName);
    // ok: path-traversal
    writeFileSync(target, Buffer.from(file.base64, "base64"));
    return { content: [{ type: "text", text: `saved ${target}` }] };
  },
);

server.registerTool(
  "jobs",
  { description: "List render jobs of an owner", inputSchema: { owner: z.string() } },
  async ({ owner }) => {
    const jobs = await listJobs(owner);
    // ok: secret-in-tool-output
    return { content: [{ type: "text", text: JSON.stringify(jobs) }] };
  },
);

server.registerTool(
  "job_log",
  { description: "Read the log of a render job", inputSchema: { id: z.string() } },
  async ({ id }) => {
    const log = await jobLog(id);
    // ok: secret-in-tool-output
    return { content: [{ type: "text", text: log }] };
  },
);

server.registerTool("usage", { description: "Show this month's usage" }, async () => {
  const text = await usage();
  // ok: secret-in-tool-output
  return { content: [{ type: "text", text }] };
});

server.registerTool("whoami", { description: "Show the account and how it was called" }, async () => {
  const me = await whoami();
  // expect: secret-in-tool-output
  return { content: [{ type: "text", text: JSON.stringify(me) }] };
});

server.registerTool("debug_request", { description: "Show the URL the ping used" }, async () => {
  const url = await probe();
  // expect: secret-in-tool-output
  return { content: [{ type: "text", text: url }] };
});

server.registerTool(
  "export_link",
  { description: "Where an export can be downloaded (after the API's redirects)", inputSchema: { id: z.string() } },
  async ({ id }) => {
    const link = await exportLink(id);
    // ok: secret-in-tool-output
    return { content: [{ type: "text", text: link }] };
  },
);

await server.connect(new StdioServerTransport());
