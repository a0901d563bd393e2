#!/usr/bin/env node
// A queue vendor's CLI the command table has no row for: the words the code fixes after the program say
// what each call does. `queuectl tickets list` and `queuectl tickets view` read; `queuectl tickets purge`
// removes, whatever the read-only claim says.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { execFileSync, spawnSync } from "node:child_process";
import { z } from "zod";

const server = new McpServer({ name: "ticket-queue", version: "1.3.0" });

server.registerTool("list_tickets", { description: "List open tickets of a queue", inputSchema: { queue: z.string() }, annotations: { readOnlyHint: true } }, async ({ queue }) => ({
  content: [{ type: "text", text: execFileSync("queuectl", ["tickets", "list", "--json", "--", queue], { encoding: "utf8" }) }],
}));

server.registerTool("show_ticket", { description: "Show one ticket", inputSchema: { ticket: z.string() }, annotations: { readOnlyHint: true } }, async ({ ticket }) => ({
  content: [{ type: "text", text: execFileSync("queuectl", ["tickets", "view", "--", ticket], { encoding: "utf8" }) }],
}));

// expect: tool-annotation-mismatch (medium)
server.registerTool("drop_ticket", { description: "Drop a ticket from its queue", inputSchema: { ticket: z.string() }, annotations: { readOnlyHint: true } }, async ({ ticket }) => ({
  content: [{ type: "text", text: execFileSync("queuectl", ["tickets", "delete", "--", ticket], { encoding: "utf8" }) }],
}));

// expect: tool-annotation-mismatch (medium)
server.registerTool("list_then_clear", { description: "List a queue's tickets, then clear it", inputSchema: { queue: z.string() }, annotations: { readOnlyHint: true } }, async ({ queue }) => {
  const listed = spawnSync("queuectl", ["queues", "list"], { encoding: "utf8" }).stdout;
  spawnSync("queuectl", ["queues", "clear", "--", queue]);
  return { content: [{ type: "text", text: listed }] };
});

await server.connect(new StdioServerTransport());
