import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { gitlab } from "./gitlab.js";

const server = new McpServer({ name: "gitlab-mr", version: "2.4.0" });

server.tool("list_merge_requests", "Open merge requests of a project", { projectId: z.number().int() }, async ({ projectId }) => {
  const mrs = await gitlab<{ iid: number; title: string }[]>(`/projects/${projectId}/merge_requests?state=opened`);
  return { content: [{ type: "text", text: mrs.map((m) => `!${m.iid} ${m.title}`).join("\n") }] };
});

await server.connect(new StdioServerTransport());
