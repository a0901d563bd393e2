#!/usr/bin/env node
import fs from "node:fs/promises";
import path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { BOX, isAllowedRecipeUrl, assertInside, assertInsideBox, assertNoDotDot, assertPlainName, isAllowedByList, isInsideRecipeFolders, isUnderAnyRoot, realRecipePath, realRecipePathLoose } from "./lib/guards.js";

const server = new McpServer({ name: "recipe-box", version: "0.4.1" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

server.tool("get_recipe", "Get one recipe", { name: z.string() }, async ({ name }) => {
  assertInsideBox(name);
  // ok: path-traversal
  return text(await fs.readFile(path.resolve(BOX, name), "utf8"));
});

server.tool("put_recipe", "Store a recipe", { name: z.string(), body: z.string() }, async ({ name, body }) => {
  assertPlainName(name);
  // ok: path-traversal
  await fs.writeFile(path.join(BOX, name), body, "utf8");
  return text("stored");
});

server.tool("get_recipe_real", "Get one recipe, following links inside the box", { name: z.string() }, async ({ name }) => {
  const real = realRecipePath(name);
  // ok: path-traversal
  return text(await fs.readFile(real, "utf8"));
});

server.tool("get_shared_recipe", "Get a recipe from the box or a shared recipe folder", { name: z.string() }, async ({ name }) => {
  if (!isUnderAnyRoot(name)) throw new Error("not in a recipe folder");
  // ok: path-traversal
  return text(await fs.readFile(name, "utf8"));
});

server.tool("get_from_collection", "Get a recipe from a collection", { collection: z.string(), name: z.string() }, async ({ collection, name }) => {
  assertInside(collection, name);
  // expect: path-traversal
  return text(await fs.readFile(path.resolve(collection, name), "utf8"));
});

server.tool("get_recipe_loose", "Get one recipe (legacy)", { name: z.string() }, async ({ name }) => {
  const real = realRecipePathLoose(name);
  // expect: path-traversal
  return text(await fs.readFile(real, "utf8"));
});

server.tool("get_extra_recipe", "Get a recipe from the extra recipe folders", { name: z.string() }, async ({ name }) => {
  if (!isAllowedByList(name)) throw new Error("not allowed");
  // expect: path-traversal
  return text(await fs.readFile(name, "utf8"));
});

// expect: mixed-blast-radius (low)
server.tool("remove_recipe", "Remove a recipe", { name: z.string() }, async ({ name }) => {
  assertNoDotDot(name);
  // `path.join` would keep `/etc/passwd` under the box; `resolve` starts over at it.
  // expect: path-traversal
  await fs.rm(path.resolve(BOX, name));
  return text("removed");
});

// The tool says it reads the file the model names, but the code meant the recipe folders: a broken boundary, high, not a capability.
server.tool("read_file", "Read a file from the recipe folders", { path: z.string().describe("Path of the file") }, async (args) => {
  if (!isInsideRecipeFolders(args.path)) throw new Error("outside the recipe folders");
  // expect: path-traversal (high)
  return text(await fs.readFile(args.path, "utf8"));
});

// A validator of the tool's own value (not a root the tool chooses) still counts.
// The page is outside content and other tools write and delete files: that stays a finding.
// expect: untrusted-content-exposure (medium)
server.tool("import_recipe", "Import a recipe page from the recipe site", { url: z.string() }, async (args) => {
  if (!isAllowedRecipeUrl(args.url)) throw new Error("only the recipe site");
  // ok: ssrf
  const res = await fetch(args.url);
  return text(await res.text());
});

await server.connect(new StdioServerTransport());
