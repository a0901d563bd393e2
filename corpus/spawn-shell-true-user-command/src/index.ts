#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { spawn } from "node:child_process";
import { z } from "zod";

function runTask(command: string, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { cwd, shell: true }); // expect: command-injection (medium) // ok: silent-process (attached, output read)
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("close", (code: number) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
  });
}

function grep(pattern: string, dir: string): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn("sh", ["-c", `grep -rn "${pattern}" .`], { cwd: dir }); // expect: command-injection (critical)
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("close", () => resolve(out));
  });
}

const server = new McpServer({ name: "dev-shell", version: "0.1.3" });

server.tool("run_task", "Run a task such as `npm test`", { command: z.string(), cwd: z.string().default(".") }, async ({ command, cwd }) => {
  return { content: [{ type: "text", text: await runTask(command, cwd) }] };
});

server.tool("search_code", "Search the project", { pattern: z.string() }, async ({ pattern }) => {
  return { content: [{ type: "text", text: await grep(pattern, process.cwd()) }] };
});

await server.connect(new StdioServerTransport());
