#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { countRenderers, startRender, stopJob } from "./jobs.js";

const server = new McpServer({ name: "render-farm", version: "0.4.2" });

server.tool("count_renderers", "How many renderers are running", {}, async () => ({ content: [{ type: "text", text: String(countRenderers()) }] }));

server.tool("stop_job", "Stop the renderers of a job", { job_id: z.number().int() }, async ({ job_id }) => {
  stopJob(job_id);
  return { content: [{ type: "text", text: `stopped job ${job_id}` }] };
});

server.tool("render_scene", "Render one of the scenes of the scenes folder", { scene: z.enum(["intro", "credits", "finale"]) }, async ({ scene }) => {
  startRender(scene);
  return { content: [{ type: "text", text: `rendering ${scene}` }] };
});

await server.connect(new StdioServerTransport());
