#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { execSync } from "node:child_process";
import { z } from "zod";

const server = new McpServer({ name: "npm-helper", version: "0.5.0" });

server.tool(
  "npm_report",
  "Run one of npm's read-only reports",
  { report: z.enum(["outdated", "ls", "audit"]), depth: z.number().int().min(0).max(3).default(0) },
  async ({ report, depth }) => {
    // ok: command-injection
    const out = execSync(`npm ${report} --json --depth=${depth}`, { encoding: "utf8" });
    return { content: [{ type: "text", text: out }] };
  },
);

const SCRIPTS = new Set(["test", "lint", "build"]);

server.tool("npm_run", "Run a package script", { script: z.string() }, async ({ script }) => {
  if (!SCRIPTS.has(script)) {
    return { isError: true, content: [{ type: "text", text: `script ${script} is not allowed` }] };
  }
  // ok: command-injection
  const out = execSync(`npm run ${script}`, { encoding: "utf8" });
  return { content: [{ type: "text", text: out }] };
});

await server.connect(new StdioServerTransport());
