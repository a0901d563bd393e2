#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { BOX_DIR, Shelf, boxPath, isSubPath, realBoxPath } from "./box.js";

const server = new McpServer({ name: "recipe-box", version: "0.4.0" });
const shelf = new Shelf();
const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

server.tool("show_recipe", "Show a recipe", { name: z.string() }, async ({ name }) => {
  const full = path.resolve(BOX_DIR, name);
  if (!isSubPath(full)) throw new Error("not in the box");
  return text(await readFile(full, "utf8")); // ok: path-traversal
});

server.tool("show_card", "Show a recipe card", { name: z.string() }, async ({ name }) => {
  return text(await readFile(boxPath(name), "utf8")); // ok: path-traversal
});

server.tool("show_linked", "Show a recipe through its link", { name: z.string() }, async ({ name }) => {
  const real = await realBoxPath(name);
  return text(await readFile(real, "utf8")); // ok: path-traversal
});

server.tool("show_shelved", "Show a shelved recipe", { name: z.string() }, async ({ name }) => {
  const full = shelf.resolveInside(name);
  return text(await readFile(full, "utf8")); // ok: path-traversal
});

server.tool("show_loose", "Show a loose recipe", { name: z.string() }, async ({ name }) => {
  const full = shelf.resolveLoosely(name);
  return text(await readFile(full, "utf8")); // expect: path-traversal (high)
});

server.tool("show_draft", "Show a draft recipe", { name: z.string() }, async ({ name }) => {
  return text(await readFile(path.join(BOX_DIR, "drafts", name), "utf8")); // expect: path-traversal (high)
});

await server.connect(new StdioServerTransport());
