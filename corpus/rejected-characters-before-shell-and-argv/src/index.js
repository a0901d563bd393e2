#!/usr/bin/env node
import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const sh = promisify(exec);
const run = promisify(execFile);
const server = new McpServer({ name: "notes-shell", version: "0.3.0" });
const reply = (t) => ({ content: [{ type: "text", text: t }] });

// Refused when it holds a character that ends double quotes or starts a substitution: inside "…" it stays one word.
server.tool("search_notes", "Search the notes", { query: z.string() }, async ({ query }) => {
  if (/[`$"\\\r\n]|\$\(/.test(query)) throw new Error("the query holds characters the shell reads");
  // ok: command-injection
  const { stdout } = await sh(`grep -rn -- "${query}" notes/`);
  return reply(stdout);
});

// Twin: only the separators are refused; `$( )` still runs inside the double quotes.
server.tool("count_notes", "Count notes matching a word", { word: z.string() }, async ({ word }) => {
  if (/[;&|]/.test(word)) throw new Error("no command separators");
  const { stdout } = await sh(`grep -rlc -- "${word}" notes/`); // expect: command-injection
  return reply(stdout);
});

// A name refused unless made of word characters and dots: it cannot start with `-`.
server.tool("show_note_rev", "Show a note at a revision", { rev: z.string() }, async ({ rev }) => {
  if (/[^\w.]/.test(rev)) throw new Error("bad revision");
  // ok: command-injection
  const { stdout } = await run("git", ["show", rev]);
  return reply(stdout);
});

// Twin: `-` is allowed, so `--output=…` passes the check.
server.tool("log_note_rev", "Log from a revision", { rev: z.string() }, async ({ rev }) => {
  if (/[^\w.-]/.test(rev)) throw new Error("bad revision");
  const { stdout } = await run("git", ["log", rev]); // expect: command-injection (medium)
  return reply(stdout);
});

// Twin: an anchored test finds the character only at the start: `a$(id)` passes.
server.tool("tag_note", "Tag a note", { tag: z.string() }, async ({ tag }) => {
  if (/^[`$"\\]/.test(tag)) throw new Error("bad tag");
  const { stdout } = await sh(`git tag -- "${tag}"`); // expect: command-injection
  return reply(stdout);
});

await server.connect(new StdioServerTransport());
