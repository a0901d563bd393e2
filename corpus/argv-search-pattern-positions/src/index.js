#!/usr/bin/env node
// A search pattern written as the value of `-e` (or after `--`) is read as the pattern whatever it starts
// with. The same pattern written bare is in option position: for rg, `--pre=<command>` runs a program.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { spawnSync } from "node:child_process";
import { z } from "zod";

const root = process.env.FINDER_ROOT ?? process.cwd();
const server = new McpServer({ name: "code-finder", version: "0.9.0" });

server.registerTool("find_symbol", { description: "Find a symbol in the code", inputSchema: { symbol: z.string() } }, async ({ symbol }) => {
  // ok: command-injection
  const hits = spawnSync("rg", ["-n", "-e", symbol, root], { encoding: "utf8" }).stdout;
  return { content: [{ type: "text", text: hits }] };
});

server.registerTool("find_text", { description: "Find text in the code", inputSchema: { text: z.string() } }, async ({ text }) => {
  // ok: command-injection
  const hits = spawnSync("grep", ["-rn", "-e", text, "--", root], { encoding: "utf8" }).stdout;
  return { content: [{ type: "text", text: hits }] };
});

server.registerTool("find_loose", { description: "Find a pattern anywhere", inputSchema: { pattern: z.string() } }, async ({ pattern }) => {
  // expect: command-injection (high)
  const hits = spawnSync("rg", ["-n", pattern, root], { encoding: "utf8" }).stdout;
  return { content: [{ type: "text", text: hits }] };
});

await server.connect(new StdioServerTransport());
