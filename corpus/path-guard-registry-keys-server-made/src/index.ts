#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { RenderQueue, Scratchpad } from "./queue.js";

const root = process.env.RENDER_ROOT ?? "./renders";
const queue = new RenderQueue(join(root, "jobs"));
const pad = new Scratchpad(join(root, "scratch"));
const pinned = new Set<string>();

const server = new McpServer({ name: "render-queue", version: "1.4.0" });
const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

server.tool("enqueue_render", "Queue a render with a preset", { preset: z.string() }, async ({ preset }) => text(await queue.enqueue(preset)));
server.tool("start_render", "Start a queued render", { job_id: z.string() }, async ({ job_id }) => text(queue.start(job_id)));
server.tool("render_log", "Read a render's log", { job_id: z.string() }, async ({ job_id }) => text(await queue.log(job_id)));
server.tool("run_output", "Read the output of a run", { run_id: z.string() }, async ({ run_id }) => text(await queue.runOutput(run_id)));
// expect: mixed-blast-radius
server.tool("discard_render", "Discard a render and its files", { job_id: z.string() }, async ({ job_id }) => text(String(await queue.discard(job_id))));

server.tool("open_scratch", "Open a scratch note", { name: z.string() }, async ({ name }) => {
  pad.begin(name);
  return text("opened");
});
server.tool("scratch", "Append a line to an open scratch note", { name: z.string(), line: z.string() }, async ({ name, line }) => {
  await pad.append(name, line);
  return text("ok");
});

server.tool("pin_label", "Pin a label", { label: z.string() }, async ({ label }) => {
  pinned.add(label);
  return text("pinned");
});
server.tool("unpin_label", "Unpin a label and drop its cache", { label: z.string() }, async ({ label }) => {
  if (!pinned.has(label)) return text("not pinned");
  pinned.delete(label);
  // expect: path-traversal
  await rm(join(root, "labels", label), { recursive: true, force: true });
  return text("unpinned");
});

await server.connect(new StdioServerTransport());
