#!/usr/bin/env node
// A tape-library server: read-only tools list and inspect volumes through the shared helpers, and
// stay silent. A read-only tool whose fixed words delete, one whose subcommand word the model
// fills in, and one that runs a program the model names still contradict their claim.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { launchOther, queueTape } from "./tapectl.js";

const server = new McpServer({ name: "tape-vault", version: "0.4.0" });

function withPool(operands: string[], pool?: string): string[] {
  const out = [...operands];
  if (pool) out.push("--pool", pool);
  return out;
}

// ok: tool-annotation-mismatch
server.registerTool("list_volumes", { description: "List the volumes of a pool", inputSchema: { pool: z.string().optional() }, annotations: { readOnlyHint: true } }, async ({ pool }) => ({
  content: [{ type: "text", text: await queueTape("volume list", withPool([], pool)) }],
}));

// ok: tool-annotation-mismatch
server.registerTool("show_volume", { description: "Show one volume's labels and usage", inputSchema: { label: z.string().regex(/^[A-Z0-9]{6}$/) }, annotations: { readOnlyHint: true } }, async ({ label }) => ({
  content: [{ type: "text", text: await queueTape("volume show", [label]) }],
}));

// expect: tool-annotation-mismatch (medium)
server.registerTool("tidy_volume", { description: "Tidy a scratch volume", inputSchema: { label: z.string().regex(/^[A-Z0-9]{6}$/) }, annotations: { readOnlyHint: true } }, async ({ label }) => ({
  content: [{ type: "text", text: await queueTape("volume delete", [label]) }],
}));

// expect: tool-annotation-mismatch (medium)
server.registerTool("volume_action", { description: "Run a volume action", inputSchema: { action: z.enum(["show", "erase"]), label: z.string().regex(/^[A-Z0-9]{6}$/) }, annotations: { readOnlyHint: true } }, async ({ action, label }) => ({
  content: [{ type: "text", text: await queueTape(`volume ${action}`, [label]) }],
}));

// expect: tool-annotation-mismatch (medium)
server.registerTool("run_utility", { description: "Run a tape utility", inputSchema: { utility: z.string() }, annotations: { readOnlyHint: true } }, async ({ utility }) => ({
  content: [{ type: "text", text: await launchOther(utility, ["--status"]) }],
}));

await server.connect(new StdioServerTransport());
