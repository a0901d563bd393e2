#!/usr/bin/env node
// run_command and run_js run what they are given (capabilities). eval_sandboxed promises a sandbox
// that node:vm is not (injection), and git_log puts its argument into a shell line the code wrote.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { execSync } from "node:child_process";
import vm from "node:vm";
import { z } from "zod";

const server = new McpServer({ name: "dev-terminal", version: "2.0.4" });

server.tool("run_command", "Run a shell command in the terminal and return its output", { command: z.string() }, async ({ command }) => {
  const out = execSync(command, { encoding: "utf8" }); // expect: command-injection (medium)
  return { content: [{ type: "text", text: out }] };
});

server.tool("run_js", "Run JavaScript code with node and return the result", { code: z.string() }, async ({ code }) => {
  const value = eval(code); // expect: code-injection (medium)
  return { content: [{ type: "text", text: String(value) }] };
});

server.tool("eval_sandboxed", "Evaluate JavaScript code in a sandbox", { code: z.string() }, async ({ code }) => {
  const value = vm.runInNewContext(code, {}); // expect: code-injection (critical)
  return { content: [{ type: "text", text: String(value) }] };
});

server.tool("git_log", "Show the log of a branch", { branch: z.string() }, async ({ branch }) => {
  const out = execSync(`git log --oneline ${branch}`, { encoding: "utf8" }); // expect: command-injection (critical)
  return { content: [{ type: "text", text: out }] };
});

await server.connect(new StdioServerTransport());
