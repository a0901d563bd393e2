#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { describeError, gitlab, GitLabApiError } from "./gitlab.js";

const server = new McpServer({ name: "gitlab-pipelines", version: "1.2.0" });
const projectId = z.number().int().positive();

server.registerTool("list_pipelines", { description: "List a project's recent pipelines", inputSchema: { project: projectId } }, async ({ project }) => {
  try {
    const { data } = await gitlab.get(`/projects/${project}/pipelines`, { params: { per_page: 20 } });
    return { content: [{ type: "text", text: JSON.stringify(data, null, 2) }] };
  } catch (err) {
    throw new GitLabApiError({
      // expect: error-detail-echo (high)
      message: `GitLab request failed: ${JSON.stringify(err)}`,
      status: err.response?.status,
      cause: err,
    });
  }
});

server.registerTool("retry_pipeline", { description: "Retry a failed pipeline", inputSchema: { project: projectId, pipeline: projectId } }, async ({ project, pipeline }) => {
  try {
    const { data } = await gitlab.post(`/projects/${project}/pipelines/${pipeline}/retry`);
    return { content: [{ type: "text", text: `Pipeline ${data.id} is ${data.status}` }] };
  } catch (err) {
    // expect: error-detail-echo (high)
    return { isError: true, content: [{ type: "text", text: `Retry failed: ${describeError(err)}` }] };
  }
});

server.registerTool("job_log", { description: "Read a job's log", inputSchema: { project: projectId, job: projectId } }, async ({ project, job }) => {
  try {
    const { data } = await gitlab.get(`/projects/${project}/jobs/${job}/trace`, { responseType: "text" });
    return { content: [{ type: "text", text: data }] };
  } catch (err) {
    let root = err;
    while (root.cause) root = root.cause;
    // expect: error-detail-echo (low)
    return { isError: true, content: [{ type: "text", text: `Could not read the log: ${root.stack}` }] };
  }
});

await server.connect(new StdioServerTransport());
