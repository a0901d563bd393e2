#!/usr/bin/env node
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { assertSnippetId } from "./ids.js";
import { Shelf } from "./shelf.js";

const shelf = new Shelf();
const server = new McpServer({ name: "snippet-shelf", version: "1.4.0" });
const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

server.tool("save_snippet", "Save a snippet under its id", { id: z.string(), code: z.string() }, async ({ id, code }) => {
  const dir = shelf.folderOf(id);
  // ok: path-traversal
  await fs.mkdir(dir, { recursive: true });
  // ok: path-traversal
  await fs.writeFile(path.join(shelf.rawFolder(id), "snippet.txt"), code, "utf8");
  return text(`saved ${id}`);
});

server.tool("save_preview", "Save a rendered preview of a snippet", { id: z.string(), svg: z.string() }, async ({ id, svg }) => {
  await shelf.writePreview(id, svg);
  return text("ok");
});

server.tool("read_tag", "Read the snippets listed under a tag", { tag: z.string() }, async ({ tag }) => text(await shelf.readTag(tag)));

server.tool("read_nested", "Read a snippet from a nested folder", { id: z.string() }, async ({ id }) => text(await shelf.readNested(id)));

server.tool("read_named", "Read a named file of a snippet", { id: z.string(), name: z.string() }, async ({ id, name }) => text(await shelf.readNamed(id, name)));

server.tool(
  "read_snippet",
  "Read a snippet; strict mode checks the id first",
  { id: z.string(), strict: z.boolean().optional() },
  async ({ id, strict }) => {
    if (strict) assertSnippetId(id);
    // expect: path-traversal
    return text(await fs.readFile(path.join(shelf.rawFolder(id), "snippet.txt"), "utf8"));
  },
);

// expect: mixed-blast-radius (low)
server.tool("remove_snippet", "Remove a snippet's folder", { id: z.string() }, async ({ id }) => {
  // expect: path-traversal
  await fs.rm(shelf.rawFolder(id), { recursive: true, force: true });
  return text("removed");
});

await server.connect(new StdioServerTransport());
