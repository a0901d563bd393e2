#!/usr/bin/env node
// The spool tools run a vendor CLI found where the user's settings point, through one helper that hands
// spawn a subcommand string split into words plus the tool's operands. On Windows the helper sets
// `shell: true`, so an operand can break the joined line: that is command injection. The tool's value
// still sits after the program and the code's own words: it does not choose what runs, so the read-only
// claim is only "not pinned" (low). A tool whose argument is the program itself runs what the model picks.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { runSpool } from "./spool.js";
import { spawn } from "node:child_process";

const server = new McpServer({ name: "mainframe-spool", version: "0.2.1" });

// expect: tool-annotation-mismatch (low)
server.registerTool("spool_entries", { description: "List the spool entries of a job", inputSchema: { jobId: z.string() }, annotations: { readOnlyHint: true } }, async ({ jobId }) => ({
  content: [{ type: "text", text: await runSpool("spool entries list", [jobId]) }],
}));

// expect: tool-annotation-mismatch (medium)
server.registerTool("spool_tool", { description: "Run a spool utility by name", inputSchema: { utility: z.string() }, annotations: { readOnlyHint: true } }, async ({ utility }) => {
  // expect: command-injection
  const child = spawn(utility, ["--status"]);
  return { content: [{ type: "text", text: String(child.pid) }] };
});

await server.connect(new StdioServerTransport());
