import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { listIssues } from "./gitea.js";

const server = new McpServer({ name: "gitea-lite", version: "0.2.4" });

server.registerTool(
  "list_issues",
  { description: "Open issues of a repository", inputSchema: { owner: z.string(), repo: z.string() } },
  async ({ owner, repo }) => {
    const issues = await listIssues(owner, repo);
    return { content: [{ type: "text", text: issues.map((i) => `#${i.number} ${i.title}`).join("\n") }] };
  },
);

await server.connect(new StdioServerTransport());
