#!/usr/bin/env node
import { execFile, execFileSync } from "node:child_process";
import path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "workspace-files", version: "0.3.1" });
const DATA_DIR = "/var/lib/workspace-files";
const text = (t) => ({ content: [{ type: "text", text: String(t) }] });

// `path.resolve` always gives an absolute path: it starts with `/`, never `-`.
server.tool("open_in_editor", "Open a file in the editor", { file: z.string() }, async ({ file }) => {
  const target = path.resolve(file);
  // ok: command-injection
  execFile("code", ["--reuse-window", target]);
  return text("opened " + target);
});

// Under a constant absolute folder the argument is a path, not an option.
server.tool("file_info", "Long listing of one data file", { name: z.string() }, async ({ name }) => {
  // ok: command-injection
  return text(execFileSync("ls", ["-l", path.join(DATA_DIR, name)], { encoding: "utf8" }));
});

// Twin: made relative again, the path is the argument's own text (`path.relative(DATA_DIR, "/var/lib/workspace-files/-x")` is `-x`).
server.tool("checksum", "SHA-256 of a data file", { name: z.string() }, async ({ name }) => {
  const rel = path.relative(DATA_DIR, path.resolve(DATA_DIR, name));
  return text(execFileSync("sha256sum", [rel], { cwd: DATA_DIR, encoding: "utf8" })); // expect: command-injection (medium)
});

// Twin: `normalize` keeps a leading `-`.
server.tool("word_count", "Count the words of a file", { file: z.string() }, async ({ file }) => {
  return text(execFileSync("wc", ["-w", path.normalize(file)], { encoding: "utf8" })); // expect: command-injection (medium)
});

await server.connect(new StdioServerTransport());
