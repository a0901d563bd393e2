#!/usr/bin/env node
// Renders a deck and tidies the temp folder first: not destructive, it removes only its own leftovers
// and old render-cache entries there. The twin forgets a cached render by the name the model gives,
// joined onto the temp folder: `../` climbs out of it, so that delete goes where the model points.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { unlink } from "node:fs/promises";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import os from "node:os";
import path from "node:path";
import { stageMarkdown, sweepLeftovers, trimRenderCache } from "./scratch.js";

const run = promisify(execFile);
const server = new McpServer({ name: "slide-press", version: "0.6.1" });

// ok: tool-annotation-mismatch
server.registerTool("render_deck", { description: "Render a Markdown slide deck to a PDF next to the output path", inputSchema: { markdown: z.string() }, annotations: { destructiveHint: false } }, async ({ markdown }) => {
  sweepLeftovers();
  await trimRenderCache();
  const input = stageMarkdown(markdown);
  const { stdout } = await run("slide-press-render", ["--input", input]);
  return { content: [{ type: "text", text: stdout }] };
});

// expect: tool-annotation-mismatch
server.registerTool("forget_render", { description: "Drop one cached render", inputSchema: { render: z.string() }, annotations: { destructiveHint: false } }, async ({ render }) => {
  // expect: path-traversal
  await unlink(path.join(os.tmpdir(), "slide-press-renders", render));
  return { content: [{ type: "text", text: `forgot ${render}` }] };
});

await server.connect(new StdioServerTransport());
