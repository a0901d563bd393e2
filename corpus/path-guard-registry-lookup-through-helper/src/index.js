#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { bakeNotes, bakeReport, dropBake, finishBake, keepDraft, saveDraft, startBake } from "./bakes.js";

const server = new McpServer({ name: "bake-queue", version: "0.9.2" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

server.tool("start_bake", "Start a bake from a recipe", { recipe: z.string() }, async ({ recipe }) => text(await startBake(recipe)));
server.tool("bake_report", "Read the report of a bake", { bake_id: z.string() }, async ({ bake_id }) => text(await bakeReport(bake_id)));
// expect: mixed-blast-radius
server.tool("drop_bake", "Drop a bake and its record", { bake_id: z.string() }, async ({ bake_id }) => text(String(await dropBake(bake_id))));
server.tool("finish_bake", "Mark a bake done", { bake_id: z.string() }, async ({ bake_id }) => {
  await finishBake(bake_id);
  return text("done");
});
server.tool("bake_notes", "Read the notes of a bake", { bake_id: z.string() }, async ({ bake_id }) => text(bakeNotes(bake_id)));
server.tool("keep_draft", "Keep a draft under a title", { title: z.string(), body: z.string() }, async ({ title, body }) => {
  keepDraft(title, body);
  return text("kept");
});
server.tool("save_draft", "Save a kept draft to disk", { title: z.string() }, async ({ title }) => {
  saveDraft(title);
  return text("saved");
});

await server.connect(new StdioServerTransport());
