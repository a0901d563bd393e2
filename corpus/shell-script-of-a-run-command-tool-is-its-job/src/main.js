#!/usr/bin/env node
// `terminal_run` runs the shell command it is given (`bash -c <command>`): the tool's stated job, a
// capability at medium. A parameter that asks for confirmation "even for safe commands" promises no
// allow-list. `pack_folder` says it packs a folder, and its folder becomes part of a shell script: an
// injection. `vetted_run` promises allow-listed commands and does not check them: an injection.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { packFolder, runInShell, runVetted } from "./runner.js";

const server = new McpServer({ name: "devbox-terminal", version: "2.1.0" });
const text = (r) => ({ content: [{ type: "text", text: `exit ${r.code}\n${r.out}` }] });

server.registerTool("terminal_run", {
  description: "Execute a shell command in the developer's terminal and return its output",
  inputSchema: {
    command: z.string().describe("Shell command to execute, e.g. `npm test`"),
    cwd: z.string().optional().describe("working directory"),
    confirm: z.boolean().optional().describe("Ask the user before running, even for safe commands"),
  },
}, async ({ command, cwd }) => text(await runInShell({ command, cwd })));

server.registerTool("pack_folder", {
  description: "Compress a project folder into an archive",
  inputSchema: { folder: z.string().describe("folder to compress") },
}, async ({ folder }) => text(await packFolder(folder)));

server.registerTool("vetted_run", {
  description: "Run one of the allowed commands of this project (build, test, lint)",
  inputSchema: { command: z.string().describe("command to run") },
}, async ({ command }) => text(await runVetted(command)));

await server.connect(new StdioServerTransport());
