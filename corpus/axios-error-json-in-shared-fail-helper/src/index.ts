#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { graphql } from "./client.js";
import { fail, ok } from "./results.js";

const server = new McpServer({ name: "linear-issues", version: "0.3.1" });

server.registerTool(
  "search_issues",
  {
    title: "Search issues",
    description: "Full-text search over the workspace's issues",
    inputSchema: { query: z.string(), first: z.number().int().max(50).default(10) },
  },
  async ({ query, first }) => {
    try {
      const data = await graphql<{ searchIssues: unknown }>(
        `query($q: String!, $first: Int) { searchIssues(term: $q, first: $first) { nodes { identifier title state { name } } } }`,
        { q: query, first },
      );
      return ok(data.searchIssues);
    } catch (error) {
      return fail(error);
    }
  },
);

server.registerTool(
  "create_issue",
  {
    description: "Create an issue in a team",
    inputSchema: { teamId: z.string(), title: z.string(), description: z.string().optional() },
  },
  async ({ teamId, title, description }) => {
    try {
      const data = await graphql<{ issueCreate: unknown }>(
        `mutation($input: IssueCreateInput!) { issueCreate(input: $input) { issue { identifier url } } }`,
        { input: { teamId, title, description } },
      );
      return ok(data.issueCreate);
    } catch (error) {
      return fail(error);
    }
  },
);

await server.connect(new StdioServerTransport());
