#!/usr/bin/env node
// A low-level server: the request handler reads the tool's arguments out of
// `request.params.arguments`, and one helper runs hg with the checkout folder
// as its working directory, never in the argument vector.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { spawnSync } from "node:child_process";

function hg(checkout, argv) {
  const run = spawnSync("hg", argv, { cwd: checkout, encoding: "utf8" }); // expect: command-injection (medium)
  if (run.status !== 0) throw new Error(`hg failed: ${run.stderr}`);
  return run.stdout;
}

const server = new Server({ name: "hg-tools", version: "0.4.1" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "hg_status", description: "Working copy status", inputSchema: { type: "object", properties: { checkout: { type: "string" } }, required: ["checkout"] } },
    {
      name: "hg_diff_against",
      description: "Diff the working copy against a revision",
      inputSchema: { type: "object", properties: { checkout: { type: "string" }, revision: { type: "string" } }, required: ["checkout", "revision"] },
    },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: input } = request.params;
  if (name === "hg_status") return { content: [{ type: "text", text: hg(input.checkout, ["status"]) }] };
  // The folder comes first in the call, but only the revision is in hg's argument vector.
  if (name === "hg_diff_against") return { content: [{ type: "text", text: hg(input.checkout, ["diff", "-r", "tip", input.revision]) }] };
  throw new Error(`unknown tool ${name}`);
});

await server.connect(new StdioServerTransport());
