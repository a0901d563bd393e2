#!/usr/bin/env node
// All four run without a shell. In git's argument array a `remote` of `--upload-pack=touch /tmp/x`
// runs a command (high); in grep's a pattern starting with `-` is only an option of a program that
// reads (medium); after `--` the branch is an operand (safe).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { execFileSync } from "node:child_process";
import { z } from "zod";

const server = new McpServer({ name: "repo-browser", version: "0.2.7" });

server.tool("remote_heads", "List the heads of a remote", { remote: z.string() }, async ({ remote }) => {
  const out = execFileSync("git", ["ls-remote", "--heads", remote], { encoding: "utf8" }); // expect: command-injection (high)
  return { content: [{ type: "text", text: out }] };
});

server.tool("diff_refs", "Diff two refs", { base: z.string() }, async ({ base }) => {
  // git diff has no option that runs a command (`--output=` writes a file): medium.
  const out = execFileSync("git", ["diff", "--stat", base], { encoding: "utf8" }); // expect: command-injection (medium)
  return { content: [{ type: "text", text: out }] };
});

server.tool("search_text", "Search tracked files for a pattern", { pattern: z.string() }, async ({ pattern }) => {
  const out = execFileSync("grep", ["-rn", pattern, "."], { encoding: "utf8" }); // expect: command-injection (medium)
  return { content: [{ type: "text", text: out }] };
});

server.tool("branch_log", "Show the log of a branch", { branch: z.string() }, async ({ branch }) => {
  // ok: command-injection
  const out = execFileSync("git", ["log", "--oneline", "-n", "20", "--", branch], { encoding: "utf8" });
  return { content: [{ type: "text", text: out }] };
});

await server.connect(new StdioServerTransport());
