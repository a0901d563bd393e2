#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { promises as fs } from "node:fs";
import path from "node:path";
import { z } from "zod";

const CACHE_ROOT = path.join(process.cwd(), ".site-cache");
const server = new McpServer({ name: "site-notes", version: "2.0.4" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

server.tool("read_summary", "Read the summary kept for a project", { project: z.string() }, async ({ project }) => {
  // expect: path-traversal (low)
  return text(await fs.readFile(path.join(project, ".site-notes", "summary.md"), "utf8"));
});

server.tool("save_summary", "Save a summary for a project", { project: z.string(), body: z.string() }, async ({ project, body }) => {
  const file = path.join(project, ".site-notes", "summary.md");
  // expect: path-traversal (low)
  await fs.mkdir(path.join(project, ".site-notes"), { recursive: true });
  // expect: path-traversal (low)
  await fs.writeFile(file, body, "utf8");
  return text(`saved ${file}`);
});

server.tool("cache_page", "Cache a rendered page under its version", { version: z.string(), html: z.string() }, async ({ version, html }) => {
  // The version is a piece under the code's own cache root: `..` leaves that root, so this stays a traversal.
  // expect: path-traversal
  await fs.writeFile(path.join(CACHE_ROOT, version, "page.html"), html);
  return text("cached");
});

server.tool("add_check", "Add a pre-commit check to a project", { project: z.string(), script: z.string() }, async ({ project, script }) => {
  // expect: path-traversal
  await fs.writeFile(path.join(project, ".git", "hooks", "pre-commit"), script, { mode: 0o755 });
  return text("hook added");
});

server.tool("add_alias", "Add a shell alias in the folder the user names", { folder: z.string(), line: z.string() }, async ({ folder, line }) => {
  // expect: path-traversal
  await fs.appendFile(`${folder}/.zshrc`, `\n${line}\n`);
  return text("alias added");
});

server.tool("deploy_keys", "Read the deploy credentials of a project", { project: z.string() }, async ({ project }) => {
  // expect: path-traversal
  return text(await fs.readFile(path.join(project, "credentials"), "utf8"));
});

server.tool("read_note", "Read a named note of a project", { project: z.string(), note: z.string() }, async ({ project, note }) => {
  // expect: path-traversal
  return text(await fs.readFile(path.join(project, ".site-notes", `${note}.md`), "utf8"));
});

server.tool("read_log", "Read the changelog or a note of a project", { project: z.string(), which: z.string() }, async ({ project, which }) => {
  const name = which === "log" ? "CHANGELOG.md" : which;
  // expect: path-traversal
  return text(await fs.readFile(path.join(project, name), "utf8"));
});

// expect: mixed-blast-radius
server.tool("clear_summary", "Delete a project's summary", { project: z.string() }, async ({ project }) => {
  // expect: path-traversal
  await fs.rm(path.join(project, ".site-notes", "summary.md"), { force: true });
  return text("cleared");
});

await server.connect(new StdioServerTransport());
