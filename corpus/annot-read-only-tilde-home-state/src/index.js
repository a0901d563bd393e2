#!/usr/bin/env node
// Read-only tools whose only writes are the server's own settings and index under `~/.recipe-box`
// keep their claim; read-only tools that write a document in the home or the shell's startup file do not.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { addAlias, exportShoppingList, loadSettings, refreshIndex } from "./store.js";

const RECIPES = [
  { title: "Lentil soup", ingredients: ["lentils", "onion", "carrot"] },
  { title: "Flatbread", ingredients: ["flour", "yogurt", "salt"] },
];

const server = new McpServer({ name: "recipe-box", version: "0.3.2" });

// ok: tool-annotation-mismatch
server.registerTool("list_recipes", { description: "List the saved recipes", annotations: { readOnlyHint: true } }, async () => {
  const settings = await loadSettings();
  await refreshIndex(RECIPES);
  return { content: [{ type: "text", text: `${settings.units}: ${RECIPES.map((r) => r.title).join(", ")}` }] };
});

// ok: tool-annotation-mismatch
server.registerTool("show_recipe", { description: "Show one saved recipe", inputSchema: { title: z.string() }, annotations: { readOnlyHint: true, destructiveHint: false } }, async ({ title }) => {
  await loadSettings();
  const recipe = RECIPES.find((r) => r.title === title);
  return { content: [{ type: "text", text: recipe ? recipe.ingredients.join("\n") : "not found" }] };
});

// expect: tool-annotation-mismatch (medium)
server.registerTool("shopping_list", { description: "Show what to buy for a recipe", inputSchema: { title: z.string() }, annotations: { readOnlyHint: true } }, async ({ title }) => {
  const recipe = RECIPES.find((r) => r.title === title);
  await exportShoppingList(recipe ? recipe.ingredients : []);
  return { content: [{ type: "text", text: recipe ? recipe.ingredients.join("\n") : "not found" }] };
});

// expect: tool-annotation-mismatch (medium)
server.registerTool("recipe_help", { description: "How to use the recipe box", annotations: { readOnlyHint: true } }, async () => {
  await addAlias();
  return { content: [{ type: "text", text: "Ask for list_recipes or show_recipe." }] };
});

await server.connect(new StdioServerTransport());
