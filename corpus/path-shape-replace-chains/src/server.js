#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { boardFile, scopeName } from "./names.js";

const DIR = path.join(os.homedir(), ".canvas-snapshots");
const server = new McpServer({ name: "canvas-snapshots", version: "0.9.1" });
const ok = (t) => ({ content: [{ type: "text", text: t }] });

server.tool("save_snapshot", "Save the canvas under a name", { name: z.string(), data: z.string() }, async ({ name, data }) => {
  const safe = name.replaceAll("/", "_").replaceAll("\\", "_");
  // ok: path-traversal
  await fs.writeFile(path.join(DIR, `${safe}.json`), data);
  return ok("saved");
});

server.tool("load_board", "Load a board", { board: z.string() }, async ({ board }) => {
  // ok: path-traversal
  return ok(await fs.readFile(path.join(DIR, "boards", boardFile(board)), "utf8"));
});

server.tool("list_scope", "List the snapshots of a scope", { scope: z.string() }, async ({ scope }) => {
  // ok: path-traversal
  return ok((await fs.readdir(path.join(DIR, "scopes", scopeName(scope)))).join("\n"));
});

server.tool("load_snapshot", "Load a snapshot", { name: z.string() }, async ({ name }) => {
  // `..` pairs removed, but `/etc/passwd` and `/root/.ssh/id_rsa` go through.
  const cleaned = name.replace(/\.\./g, "");
  // expect: path-traversal
  return ok(await fs.readFile(path.resolve(DIR, cleaned), "utf8"));
});

server.tool("peek_snapshot", "Show the first bytes of a snapshot", { name: z.string() }, async ({ name }) => {
  // Control characters removed: says nothing about `/` or `..`.
  const printable = name.replace(/\p{Cc}/gu, "").replace(/\0/g, "");
  // expect: path-traversal
  return ok((await fs.readFile(path.join(DIR, printable), "utf8")).slice(0, 200));
});

server.tool("rename_snapshot", "Rename a snapshot", { from: z.string(), to: z.string() }, async ({ from, to }) => {
  // Only the characters a file name may hold are kept, and `/` and `.` are among them.
  const target = to.replace(/[^\w./-]/g, "");
  // expect: path-traversal
  await fs.rename(path.join(DIR, path.basename(from)), path.join(DIR, target));
  return ok("renamed");
});

await server.connect(new StdioServerTransport());
