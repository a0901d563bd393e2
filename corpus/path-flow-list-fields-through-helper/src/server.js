#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { inGroups } from "./batches.js";
import { imagesOf, Uploader } from "./uploader.js";

const uploader = new Uploader();
const server = new McpServer({ name: "asset-uploader", version: "0.4.2" });

server.tool(
  "upload_assets",
  "Upload the local images of some regions, with a caption",
  { regions: z.array(z.enum(["eu", "us", "apac"])), caption: z.string(), groupSize: z.number().int().optional(), notes: z.string().optional() },
  async ({ regions, caption, groupSize, notes }) => {
    const jobs = [];
    for (const region of regions) jobs.push({ region, images: imagesOf(region), caption, notePath: notes });
    const lines = [];
    for (const group of inGroups(jobs, groupSize)) lines.push(...(await uploader.uploadGroup(group)));
    return { content: [{ type: "text", text: lines.join("\n") }] };
  },
);

await server.connect(new StdioServerTransport());
