#!/usr/bin/env node
// Helpers written in Python, Node and shell, shipped with the server and run through their interpreter.
// Everything after the script file goes to the script: the interpreter's own code-running options are out
// of reach, and what the script's options do is unknown (low). A value written before the script, or after
// `-m pip`, is still read by the interpreter or by pip (medium).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const helpers = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "helpers");
const server = new McpServer({ name: "lab-notebook", version: "2.0.4" });

function runHelper(script, args) {
  const file = path.join(helpers, script);
  // expect: command-injection (low)
  return execFileSync("python3", [file, ...args], { encoding: "utf8" });
}

server.registerTool("notebook_history", { description: "Show the revisions of a notebook", inputSchema: { notebook: z.string() } }, async ({ notebook }) => ({
  content: [{ type: "text", text: runHelper("revisions.py", ["history", notebook]) }],
}));

server.registerTool("export_cells", { description: "Export the cells of a notebook as markdown", inputSchema: { notebook: z.string() } }, async ({ notebook }) => {
  const exporter = path.join(helpers, "export.mjs");
  // expect: command-injection (low)
  const out = spawnSync("node", [exporter, notebook, "--format", "markdown"], { encoding: "utf8" }).stdout;
  return { content: [{ type: "text", text: out }] };
});

server.registerTool("archive_notebook", { description: "Archive a notebook folder", inputSchema: { folder: z.string() } }, async ({ folder }) => {
  // expect: command-injection (low)
  const out = spawnSync("bash", ["helpers/archive.sh", folder], { encoding: "utf8" }).stdout;
  return { content: [{ type: "text", text: out }] };
});

server.registerTool("run_with_flags", { description: "Run the checker with interpreter flags", inputSchema: { flags: z.string() } }, async ({ flags }) => {
  // expect: command-injection (medium)
  const out = spawnSync("python3", [flags, path.join(helpers, "check.py")], { encoding: "utf8" }).stdout;
  return { content: [{ type: "text", text: out }] };
});

server.registerTool("add_kernel_package", { description: "Install a package into the notebook kernel", inputSchema: { pkg: z.string() } }, async ({ pkg }) => {
  // expect: command-injection (medium)
  const out = spawnSync("python3", ["-m", "pip", "install", pkg], { encoding: "utf8" }).stdout;
  return { content: [{ type: "text", text: out }] };
});

await server.connect(new StdioServerTransport());
