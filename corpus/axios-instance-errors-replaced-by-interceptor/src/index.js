#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { FlowClient } from "./api-client.js";
import { searchTemplates } from "./templates.js";

const client = new FlowClient(process.env.FLOWCTL_API_URL ?? "http://localhost:5678", process.env.FLOWCTL_API_KEY);
const server = new McpServer({ name: "flowctl", version: "2.3.0" });
const workflowId = z.string().regex(/^[A-Za-z0-9]+$/);

server.registerTool("get_workflow", { description: "Read a workflow's definition", inputSchema: { id: workflowId }, annotations: { readOnlyHint: true } }, async ({ id }) => {
  try {
    const workflow = await client.getWorkflow(id);
    return { content: [{ type: "text", text: JSON.stringify(workflow, null, 2) }] };
  } catch (error) {
    // ok: error-detail-echo
    console.error(`Error executing tool get_workflow`, error);
    return { isError: true, content: [{ type: "text", text: `Could not read workflow ${id}: ${error.message}` }] };
  }
});

server.registerTool("activate_workflow", { description: "Activate a workflow", inputSchema: { id: workflowId } }, async ({ id }) => {
  try {
    const workflow = await client.activateWorkflow(id);
    return { content: [{ type: "text", text: `Workflow ${workflow.name} is active` }] };
  } catch (error) {
    // ok: error-detail-echo
    console.error("activate_workflow failed:", error);
    return { isError: true, content: [{ type: "text", text: error.message }] };
  }
});

server.registerTool("search_templates", { description: "Search public workflow templates", inputSchema: { query: z.string().max(200) }, annotations: { readOnlyHint: true, openWorldHint: true } }, async ({ query }) => {
  const found = await searchTemplates(query);
  return { content: [{ type: "text", text: found.map((t) => `${t.id}: ${t.name}`).join("\n") || "No templates found" }] };
});

await server.connect(new StdioServerTransport());
