#!/usr/bin/env node
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "revision-tools", version: "1.3.0" });
const cwd = process.env.REPO_ROOT ?? process.cwd();
const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

function assertNotOption(value: string): void {
  if (value.trim().startsWith("-")) throw new Error(`not a revision: ${value}`);
}

server.tool("show_revision", "Show one revision.", { rev: z.string() }, async ({ rev }) => {
  assertNotOption(rev);
  return text(execFileSync("git", ["show", "--stat", rev], { cwd, encoding: "utf8" })); // ok: command-injection
});

server.tool("blame_at", "Blame a file at a revision.", { rev: z.string(), file: z.string() }, async ({ rev, file }) => {
  const r = rev.trim();
  if (r.startsWith("-")) return text("a revision cannot start with '-'");
  return text(execFileSync("git", ["blame", r, "--", file], { cwd, encoding: "utf8" })); // ok: command-injection
});


// Twin: only `--` is refused; `-c…` and `-o…` are still options.
server.tool("log_range", "Commits in a range.", { range: z.string() }, async ({ range }) => {
  if (range.startsWith("--")) throw new Error("no long options");
  return text(execFileSync("git", ["log", "--oneline", range], { cwd, encoding: "utf8" })); // expect: command-injection (medium)
});

// Twin: the leading dash is only logged.
server.tool("diff_to", "Diff the work tree against a revision.", { rev: z.string() }, async ({ rev }) => {
  if (rev.startsWith("-")) console.error(`suspicious revision ${rev}`);
  return text(execFileSync("git", ["diff", rev], { cwd, encoding: "utf8" })); // expect: command-injection (medium)
});

// Twin: refused when it starts with `-`, but only in the other branch.
server.tool("checkout_file", "Restore a file from a revision.", { rev: z.string(), force: z.boolean() }, async ({ rev, force }) => {
  if (!force && rev.startsWith("-")) throw new Error("not a revision");
  return text(execFileSync("git", ["restore", "--source", "HEAD", "--worktree", rev], { cwd, encoding: "utf8" })); // expect: command-injection (medium)
});

// Twin: refused as an option, but written into a shell line.
server.tool("count_commits", "Count commits up to a revision.", { rev: z.string() }, async ({ rev }) => {
  assertNotOption(rev);
  return text(execFileSync("sh", ["-c", `git rev-list --count ${rev}`], { cwd, encoding: "utf8" })); // expect: command-injection (critical)
});

function looksLikeAPath(name: string): boolean {
  return /[\\/]/.test(name) || name.includes("..");
}

function assertPlainName(name: string): void {
  if (name.startsWith("-") || looksLikeAPath(name)) throw new Error(`not a plain name: ${name}`);
}

server.tool("tag_message", "The message of a tag.", { tag: z.string() }, async ({ tag }) => {
  assertPlainName(tag);
  return text(execFileSync("git", ["tag", "-l", "--format=%(contents)", tag], { cwd, encoding: "utf8" })); // ok: command-injection
});

// Twin: the same helper before a file path: the dash refusal proves nothing about `/` or `..`; its other test stays unread.
server.tool("read_note", "A release note by name.", { name: z.string() }, async ({ name }) => {
  assertPlainName(name);
  return text(readFileSync(join(cwd, "notes", name), "utf8")); // expect: path-traversal (low)
});

await server.connect(new StdioServerTransport());
