import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { GITLAB_API, gitlabFetch } from "./client.js";

interface Issue {
  iid: number;
  title: string;
}

const server = new McpServer({ name: "gitlab-issues", version: "2.1.0" });

server.tool("list_issues", "List a project's open issues", { project: z.string() }, async ({ project }) => {
  const issues = await gitlabFetch<Issue[]>(`${GITLAB_API}/projects/${encodeURIComponent(project)}/issues?state=opened`);
  return { content: [{ type: "text", text: issues.map((i) => `#${i.iid} ${i.title}`).join("\n") }] };
});

server.tool("create_issue", "Open an issue", { project: z.string(), title: z.string() }, async ({ project, title }) => {
  const issue = await gitlabFetch<Issue>(`${GITLAB_API}/projects/${encodeURIComponent(project)}/issues`, { method: "POST", body: { title } });
  return { content: [{ type: "text", text: `opened #${issue.iid}` }] };
});

server.tool("whoami", "The user the token belongs to", {}, async () => {
  const me = await gitlabFetch<{ username: string }>("https://gitlab.com/api/v4/user");
  return { content: [{ type: "text", text: me.username }] };
});

await server.connect(new StdioServerTransport());
