#!/usr/bin/env node
// render_preview writes its input to a temp file under os.tmpdir(), runs the renderer on it and
// deletes it; every call is appended to a debug log. Neither changes a file of the user's, so its
// readOnlyHint holds. export_diagram also claims read-only but writes into the user's project.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

const DEBUG_LOG = path.join(os.homedir(), ".diagram-preview", "debug.log");

function debug(line) {
  fs.appendFileSync(DEBUG_LOG, `${new Date().toISOString()} ${line}\n`);
}

function renderToText(source) {
  const tmp = path.join(os.tmpdir(), `diagram-${randomUUID()}.mmd`);
  fs.writeFileSync(tmp, source);
  try {
    return fs.readFileSync(tmp, "utf8").split("\n").length + " lines";
  } finally {
    fs.unlinkSync(tmp);
  }
}

const server = new McpServer({ name: "diagram-preview", version: "0.8.3" });

server.registerTool("render_preview", { description: "Preview a diagram as text", inputSchema: { source: z.string() }, annotations: { readOnlyHint: true } }, async ({ source }) => {
  debug(`render ${source.length} chars`);
  return { content: [{ type: "text", text: renderToText(source) }] };
});

// expect: tool-annotation-mismatch
server.registerTool("export_diagram", { description: "Export a diagram", inputSchema: { source: z.string() }, annotations: { readOnlyHint: true } }, async ({ source }) => {
  fs.writeFileSync(path.join(process.cwd(), "diagram.mmd"), source);
  return { content: [{ type: "text", text: "exported" }] };
});

await server.connect(new StdioServerTransport());
