#!/usr/bin/env node
// The export tools take the file to write; making its parent folder first is part of writing where
// the model said, however the parent is spelled: an imported `join(out, "..")` or `dirname(out)`.
// A capability (medium), not a traversal. The twin: a cookbook name joined under the server's own
// folder climbs out of it with `..` (high).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import os from "node:os";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const BOOKS = join(os.homedir(), ".recipe-book", "books");
const server = new McpServer({ name: "recipe-book", version: "3.1.0" });
const recipes = [{ title: "Lentil soup", steps: ["rinse", "simmer"] }];

function exportBook(title, output) {
  const outFile = output || join(BOOKS, `${title}.json`);
  const parent = join(outFile, "..");
  if (!existsSync(parent)) mkdirSync(parent, { recursive: true }); // expect: path-traversal (medium)
  writeFileSync(outFile, JSON.stringify({ title, recipes })); // expect: path-traversal (medium)
  return outFile;
}

server.tool(
  "export_cookbook",
  "Export the recipes as a cookbook file",
  { title: z.string().regex(/^[a-z0-9-]+$/), output: z.string().optional().describe("Output file path for the cookbook") },
  async ({ title, output }) => ({ content: [{ type: "text", text: `wrote ${exportBook(title, output)}` }] }),
);

server.tool("export_shopping_list", "Save the shopping list to a file", { list_file: z.string().describe("File path to save the list to") }, async ({ list_file }) => {
  mkdirSync(dirname(list_file), { recursive: true }); // expect: path-traversal (medium)
  writeFileSync(list_file, recipes.map((r) => r.title).join("\n")); // expect: path-traversal (medium)
  return { content: [{ type: "text", text: `saved ${list_file}` }] };
});

server.tool("archive_cookbook", "Archive a cookbook by name", { book: z.string() }, async ({ book }) => {
  mkdirSync(join(BOOKS, book, ".."), { recursive: true }); // expect: path-traversal (high)
  return { content: [{ type: "text", text: `archived ${book}` }] };
});

await server.connect(new StdioServerTransport());
