#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { cooks, recipes } from "./client.js";

const server = new McpServer({ name: "recipe-box", version: "1.4.0" });
const text = (v) => ({ content: [{ type: "text", text: JSON.stringify(v, null, 2) }] });

server.tool("rate_recipe", "Rate a recipe for a cook", { recipe_id: z.string(), cook: z.string(), stars: z.number().int() }, async ({ recipe_id, cook, stars }) =>
  text(await recipes.rate(recipe_id, cook, stars)),
);

server.tool("recipe_notes", "Read the notes of a recipe", { recipe_id: z.string() }, async ({ recipe_id }) => text(await recipes.notes(recipe_id)));

server.tool("cook_profile", "Read a cook's profile", { cook: z.string() }, async ({ cook }) => text(await cooks.profile(cook)));

server.tool("comment_recipe", "Comment on a recipe", { recipe_id: z.string(), text: z.string() }, async ({ recipe_id, text: note }) => text(await recipes.comment(recipe_id, note)));

// Twin: the model's text is the route itself, glued to the base with nothing between.
server.tool("recipes_post", "Post to a recipes route", { route: z.string(), body: z.record(z.string()) }, async ({ route, body }) => text(await recipes.raw(route, body)));

await server.connect(new StdioServerTransport());
