#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

const TEMPLATES = path.join(os.homedir(), ".prompt-templates");
const server = new McpServer({ name: "prompt-templates", version: "0.7.0" });
const text = (t) => ({ content: [{ type: "text", text: t }] });
const UNSAFE = /[\\/:*?"<>|]/;

server.tool("save_template", "Save a template under a name", { name: z.string(), body: z.string() }, async ({ name, body }) => {
  if (name.includes("/") || name.includes("\\")) return text("A template name cannot hold a folder.");
  // ok: path-traversal
  await writeFile(path.join(TEMPLATES, `${name}.txt`), body);
  return text("saved");
});

server.tool("show_template", "Show a template", { name: z.string() }, async ({ name }) => {
  if (UNSAFE.test(name)) throw new Error(`not a template name: ${name}`);
  // ok: path-traversal
  return text(await readFile(path.join(TEMPLATES, `${name}.txt`), "utf8"));
});

server.tool("copy_template", "Copy a template to a new name", { from: z.string(), to: z.string() }, async ({ from, to }) => {
  if (from.includes("/") || from.includes("\\")) return text("bad source name");
  // Only `/` is refused for the new name: on Windows `..\\..\\x` still climbs.
  if (to.includes("/")) return text("bad target name");
  const body = await readFile(path.join(TEMPLATES, `${from}.txt`), "utf8");
  // expect: path-traversal
  await writeFile(path.join(TEMPLATES, `${to}.txt`), body);
  return text("copied");
});

server.tool("import_template", "Import a template from a file or a name", { source: z.string() }, async ({ source }) => {
  // A name is read from the templates folder; anything with a separator is read where it points, as the tool says.
  if (source.includes("/") || source.includes("\\")) {
    // expect: path-traversal
    return text(await readFile(source, "utf8"));
  }
  // ok: path-traversal
  return text(await readFile(path.join(TEMPLATES, source), "utf8"));
});

await server.connect(new StdioServerTransport());
