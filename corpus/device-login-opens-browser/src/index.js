#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { runPostLoginHook, signIn } from "./login.js";

const token = process.env.ISSUE_DESK_TOKEN ?? (await signIn("mcp-issue-desk"));
await runPostLoginHook(token);

const server = new McpServer({ name: "issue-desk", version: "1.3.0" });

server.tool("list_issues", "List open issues of a project", { project: z.string() }, async ({ project }) => {
  const host = process.env.ISSUE_DESK_HOST ?? "https://issues.example.com";
  const res = await fetch(`${host}/api/projects/${encodeURIComponent(project)}/issues?state=open`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const issues = await res.json();
  return { content: [{ type: "text", text: issues.map((i) => `#${i.number} ${i.title}`).join("\n") }] };
});

await server.connect(new StdioServerTransport());
