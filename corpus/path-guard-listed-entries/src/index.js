#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readdirSync, promises as fs } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { SHELF, photoPath, recipeFolder, trackedFiles } from "./shelf.js";

const server = new McpServer({ name: "recipe-shelf", version: "1.4.0" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

server.tool("open_recipe", "Open a recipe by name or number", { id: z.string() }, async ({ id }) => {
  const dir = recipeFolder(id);
  if (!dir) return text(`no recipe ${id}`);
  // ok: path-traversal
  return text(await fs.readFile(path.join(dir, "recipe.md"), "utf8"));
});

server.tool("recipe_photo", "Show a recipe's photo", { recipe: z.string(), name: z.string() }, async ({ recipe, name }) => {
  const file = await photoPath(recipe, name);
  if (!file) return text("no such photo");
  // ok: path-traversal
  return { content: [{ type: "image", data: (await fs.readFile(file)).toString("base64"), mimeType: "image/jpeg" }] };
});

server.tool("read_tracked", "Read a file the shelf's repository tracks", { file: z.string() }, async ({ file }) => {
  const tracked = trackedFiles();
  if (tracked.indexOf(file) === -1) return text(`${file} is not tracked`);
  // ok: path-traversal
  return text(await fs.readFile(path.join(SHELF, file), "utf8"));
});

server.tool("add_recipe", "Add an empty recipe folder", { name: z.string() }, async ({ name }) => {
  const existing = readdirSync(SHELF);
  if (existing.includes(name)) return text(`${name} already exists`);
  // expect: path-traversal
  await fs.mkdir(path.join(SHELF, name), { recursive: true });
  return text("added");
});

server.tool("open_favourite", "Open one of the favourites the caller lists", { favourites: z.array(z.string()), name: z.string() }, async ({ favourites, name }) => {
  if (!favourites.includes(name)) return text("not a favourite");
  // expect: path-traversal
  return text(await fs.readFile(path.join(SHELF, name, "recipe.md"), "utf8"));
});

server.tool("open_in_folder", "Open a recipe listed in a folder the caller names", { folder: z.string(), name: z.string() }, async ({ folder, name }) => {
  // expect: path-traversal (high)
  const listed = readdirSync(path.join(SHELF, folder));
  if (!listed.includes(name)) return text("not there");
  // expect: path-traversal
  return text(await fs.readFile(path.join(SHELF, name, "recipe.md"), "utf8"));
});

await server.connect(new StdioServerTransport());
