#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { promises as fs } from "node:fs";
import path from "node:path";
import { z } from "zod";

const VAULT = path.resolve(process.argv[2] ?? ".");
const server = new McpServer({ name: "notes-vault", version: "0.3.0" });
const ok = (t) => ({ content: [{ type: "text", text: t }] });

function rejectHidden(note) {
  if (note.split(/[\\/]/).some((seg) => seg.startsWith("."))) throw new Error("hidden files and folders are not served");
}

server.tool("read_note", "Read a note from the vault", { note: z.string() }, async ({ note }) => {
  rejectHidden(note);
  // ok: path-traversal
  return ok(await fs.readFile(path.join(VAULT, note), "utf8"));
});

server.tool("write_note", "Write a note into the vault", { note: z.string(), text: z.string() }, async ({ note, text }) => {
  const parts = note.split("/");
  if (!parts.every((p) => !p.startsWith("."))) return ok("hidden folders are off limits");
  // ok: path-traversal
  await fs.writeFile(path.join(VAULT, ...parts), text);
  return ok("written");
});

server.tool("note_size", "Size of a note in bytes", { note: z.string() }, async ({ note }) => {
  if (note.split("/").find((s) => s === ".." || s.startsWith("."))) throw new Error("refused");
  // ok: path-traversal
  return ok(String((await fs.stat(path.join(VAULT, note))).size));
});

server.tool("attachment", "Read an attachment of a note", { name: z.string() }, async ({ name }) => {
  if (name.includes("..")) throw new Error("no parent references");
  // ok: path-traversal
  return ok(await fs.readFile(path.join(VAULT, name, "index.md"), "utf8"));
});

server.tool("list_folder", "List a folder of the vault", { folder: z.string() }, async ({ folder }) => {
  if (folder.includes("..")) throw new Error("no parent references");
  // ok: path-traversal
  return ok((await fs.readdir(path.join(VAULT, "notes", folder))).join("\n"));
});

server.tool("read_template", "Read a note template", { name: z.string() }, async ({ name }) => {
  if (/(^|[\\/])\.\.([\\/]|$)/.test(name)) throw new Error("parent segments are not allowed");
  // ok: path-traversal
  return ok(await fs.readFile(path.join(VAULT, "templates", name), "utf8"));
});

const PARENT_REF = /\.\./g;

server.tool("read_attachment_meta", "Read an attachment's metadata", { name: z.string() }, async ({ name }) => {
  // A global regex tests from its lastIndex: after one match, the next call starts past it and can miss.
  if (PARENT_REF.test(name)) throw new Error("parent segments are not allowed");
  // expect: path-traversal
  return ok(await fs.readFile(path.join(VAULT, "meta", name), "utf8"));
});

server.tool("folder_index", "Read the index note of a vault folder", { folder: z.string() }, async ({ folder }) => {
  // Finds `../` but not a bare `..`, which names the vault's parent (`<parent>/index.md`).
  if (/\.\.\//.test(folder)) throw new Error("parent segments are not allowed");
  // expect: path-traversal
  return ok(await fs.readFile(path.join(VAULT, folder, "index.md"), "utf8"));
});

server.tool("open_note", "Open a note by its vault path", { note: z.string() }, async ({ note }) => {
  rejectHidden(note);
  // `/etc/passwd` has no hidden segment, and resolve starts over at it.
  // expect: path-traversal
  return ok(await fs.readFile(path.resolve(VAULT, note), "utf8"));
});

server.tool("peek_note", "Show the start of a note", { note: z.string() }, async ({ note }) => {
  const full = path.join(VAULT, note);
  // Checked after the join, which already turned `../vault-private/x.md` into a path with no dot segment.
  if (full.split(path.sep).some((seg) => seg.startsWith("."))) throw new Error("hidden");
  if (!full.startsWith(VAULT)) throw new Error("outside the vault");
  // expect: path-traversal
  return ok((await fs.readFile(full, "utf8")).slice(0, 400));
});

server.tool("note_history", "Read a note's history file", { note: z.string() }, async ({ note }) => {
  // Split at `\` only: on POSIX `a/../../x` is one part, and it does not start with `.`.
  if (note.split("\\").some((seg) => seg.startsWith("."))) throw new Error("hidden");
  // expect: path-traversal
  return ok(await fs.readFile(path.join(VAULT, ".history", note), "utf8"));
});

server.tool("import_note", "Copy a note from an absolute path into the vault", { source: z.string() }, async ({ source }) => {
  if (source.includes("..")) throw new Error("no parent references");
  // Joined first: nothing before it, so an absolute source is read where it is.
  // expect: path-traversal
  const text = await fs.readFile(path.join(source), "utf8");
  await fs.writeFile(path.join(VAULT, "imported.md"), text);
  return ok("imported");
});

await server.connect(new StdioServerTransport());
