#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { discardRender, exportPin, pinRender, queueRender, renderLog } from "./spool.js";

const server = new McpServer({ name: "render-spool", version: "1.4.0" });
const reply = (t) => ({ content: [{ type: "text", text: t }] });

server.tool("queue_render", "Queue a render of a scene", { scene: z.string() }, async ({ scene }) => reply(queueRender(scene)));
server.tool("render_log", "Read the log of a queued render", { render_id: z.string() }, async ({ render_id }) => reply(renderLog(render_id)));
// expect: mixed-blast-radius
server.tool("discard_render", "Discard a render and its folder", { render_id: z.string() }, async ({ render_id }) => reply(String(discardRender(render_id))));
server.tool("pin_render", "Pin a render under a label", { label: z.string(), render_id: z.string() }, async ({ label, render_id }) => {
  pinRender(label, render_id);
  return reply("pinned");
});
server.tool("export_pin", "Write a pinned render's record to the pins folder", { label: z.string() }, async ({ label }) => {
  exportPin(label);
  return reply("exported");
});

await server.connect(new StdioServerTransport());
