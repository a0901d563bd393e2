#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";

const execFileAsync = promisify(execFile);
const repo = process.env.GIT_REPO ?? process.cwd();

const server = new McpServer({ name: "git-safe", version: "1.3.0" });

server.tool("git_checkout", "Switch branches", { branch: z.string() }, async ({ branch }) => {
  // ok: command-injection
  const { stdout } = await execFileAsync("git", ["checkout", "--", branch], { cwd: repo });
  return { content: [{ type: "text", text: stdout }] };
});

server.tool("git_show", "Show a commit", { rev: z.string() }, async ({ rev }) => {
  // ok: command-injection
  const { stdout } = await execFileAsync("git", ["show", `refs/heads/${rev}`], { cwd: repo });
  return { content: [{ type: "text", text: stdout }] };
});

server.tool(
  "git_log",
  "Recent commits in a given format",
  { format: z.enum(["oneline", "short", "full"]), count: z.number().int().max(100) },
  async ({ format, count }) => {
    // ok: command-injection
    const { stdout } = await execFileAsync("git", ["log", `--format=${format}`, "-n", String(count)], { cwd: repo });
    return { content: [{ type: "text", text: stdout }] };
  },
);

await server.connect(new StdioServerTransport());
