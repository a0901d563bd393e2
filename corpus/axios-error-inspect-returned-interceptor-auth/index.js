#!/usr/bin/env node
import { inspect } from "node:util";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { getIssue, searchIssues } from "./api.js";

const server = new McpServer({ name: "jira-lite", version: "1.0.4" });

server.tool("get_issue", "Fetch one issue by key (e.g. PROJ-123)", { key: z.string() }, async ({ key }) => {
  try {
    const issue = await getIssue(key);
    return { content: [{ type: "text", text: JSON.stringify(issue.fields, null, 2) }] };
  } catch (err) {
    return {
      isError: true,
      // expect: error-detail-echo (high)
      content: [{ type: "text", text: `Jira error:\n${inspect(err, { depth: 4 })}` }],
    };
  }
});

server.tool(
  "search_issues",
  "Search issues with JQL",
  { jql: z.string(), maxResults: z.number().int().min(1).max(100).default(20) },
  async ({ jql, maxResults }) => {
    try {
      const issues = await searchIssues(jql, maxResults);
      return { content: [{ type: "text", text: issues.map((i) => `${i.key}: ${i.fields.summary}`).join("\n") }] };
    } catch (err) {
      // ok: error-detail-echo
      return { isError: true, content: [{ type: "text", text: `Jira search failed: ${err.message}` }] };
    }
  },
);

await server.connect(new StdioServerTransport());
