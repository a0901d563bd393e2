import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import type { ConnectionProvider } from "./connection.js";

export function registerTools(server: McpServer, connectionProvider: ConnectionProvider): void {
  server.tool("list_plans", "Test plans of a project", { project: z.string() }, async ({ project }) => {
    const connection = await connectionProvider();
    const url = `${connection.serverUrl}/${encodeURIComponent(project)}/_apis/testplan/Plans?api-version=7.1`;
    // ok: ssrf
    const res = await fetch(url, { headers: { Authorization: `Bearer ${connection.token}` } });
    return { content: [{ type: "text", text: await res.text() }] };
  });

  server.tool("list_runs", "Pipeline runs of a project", { project: z.string() }, async ({ project }) => {
    const connection = await connectionProvider();
    const url = `${connection.serverUrl}/${project}/_apis/pipelines/runs?api-version=7.1`;
    // expect: ssrf (low)
    const res = await fetch(url, { headers: { Authorization: `Bearer ${connection.token}` } });
    return { content: [{ type: "text", text: await res.text() }] };
  });

  server.tool("upsert_wiki_page", "Create or update a wiki page", { project: z.string(), path: z.string(), content: z.string(), continuationToken: z.string().optional() }, async ({ project, path, content, continuationToken }) => {
    const connection = await connectionProvider();
    const params = new URLSearchParams({ path, "api-version": "7.1" });
    if (continuationToken) params.append("continuationToken", continuationToken);
    // ok: ssrf
    const res = await fetch(`${connection.serverUrl}/${encodeURIComponent(project)}/_apis/wiki/wikis/${encodeURIComponent(project)}.wiki/pages?${params.toString()}`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${connection.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ content }),
    });
    return { content: [{ type: "text", text: await res.text() }] };
  });

  server.tool("ping_agent", "Check a build agent's health endpoint", { agentUrl: z.string() }, async ({ agentUrl }) => {
    // expect: ssrf (high)
    const res = await fetch(`${agentUrl}/health`);
    return { content: [{ type: "text", text: `${res.status}` }] };
  });
}

export async function main(connectionProvider: ConnectionProvider): Promise<void> {
  const server = new McpServer({ name: "devops-boards", version: "0.8.0" });
  registerTools(server, connectionProvider);
  await server.connect(new StdioServerTransport());
}
