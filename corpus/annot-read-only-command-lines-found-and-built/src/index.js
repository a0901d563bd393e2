#!/usr/bin/env node
// Read-only tools that run git and the simulator's tools. The git binary is found by a helper that looks
// in a few places (each a path to git); command lines are kept in one array, program first, and started
// as `execFileSync(line[0], line.slice(1))`; simulator commands run through `xcrun simctl spawn DEVICE`.
// history, repo_status and sim_processes only read. The twins below claim readOnlyHint and do not:
// pager_history may run `git -c core.pager=… log` (the -c option runs code), publish_branch pushes with
// the same found git, sim_clean runs `rm` on the simulator.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const CANDIDATES = ["/opt/homebrew/bin/git", "/usr/local/bin/git", path.resolve(process.env.GIT_HOME ?? "/usr", "bin", "git")];

function gitBinary() {
  for (const candidate of CANDIDATES) {
    if (existsSync(candidate)) return candidate;
  }
  return "git";
}

const server = new McpServer({ name: "repo-bench", version: "0.9.1" });

server.registerTool("history", { description: "Show the history of the repository", inputSchema: { oneline: z.boolean().optional() }, annotations: { readOnlyHint: true } }, async ({ oneline }) => {
  let text;
  if (oneline) {
    const line = ["git", "log", "--oneline"];
    line.push("--no-color");
    text = execFileSync(line[0], line.slice(1), { encoding: "utf8" });
  } else {
    const line = ["git", "log", "--stat"];
    line.push("--no-color");
    text = execFileSync(line[0], line.slice(1), { encoding: "utf8" });
  }
  return { content: [{ type: "text", text }] };
});

server.registerTool("repo_status", { description: "Show the working tree status", annotations: { readOnlyHint: true } }, async () => ({
  content: [{ type: "text", text: execFileSync(gitBinary(), ["status", "--short"], { encoding: "utf8" }) }],
}));

server.registerTool("sim_processes", { description: "List the processes of the booted simulator", annotations: { readOnlyHint: true } }, async () => ({
  content: [{ type: "text", text: execFileSync("xcrun", ["simctl", "spawn", "booted", "ps", "ax"], { encoding: "utf8" }) }],
}));

// expect: tool-annotation-mismatch
server.registerTool("pager_history", { description: "Show the history through the user's pager", inputSchema: { paged: z.boolean() }, annotations: { readOnlyHint: true } }, async ({ paged }) => {
  const line = ["log", "--oneline"];
  if (paged) line.unshift("-c", "core.pager=less -R");
  return { content: [{ type: "text", text: execFileSync("git", line, { encoding: "utf8" }) }] };
});

// expect: tool-annotation-mismatch
server.registerTool("publish_branch", { description: "Publish the current branch", annotations: { readOnlyHint: true } }, async () => ({
  content: [{ type: "text", text: execFileSync(gitBinary(), ["push", "origin", "HEAD"], { encoding: "utf8" }) }],
}));

// expect: tool-annotation-mismatch
server.registerTool("sim_clean", { description: "Clean the simulator's scratch folder", annotations: { readOnlyHint: true } }, async () => ({
  content: [{ type: "text", text: execFileSync("xcrun", ["simctl", "spawn", "booted", "rm", "-rf", "/tmp/bench"], { encoding: "utf8" }) }],
}));

await server.connect(new StdioServerTransport());
