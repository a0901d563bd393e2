#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { tokenBudget } from "./settings.js";

const apiKey = process.env.NOTES_API_KEY ?? "";
const archivePassword = process.env.NOTES_ARCHIVE_PASSWORD ?? "";
const verbose = process.argv.includes("--verbose");
const budget = tokenBudget();

if (verbose) {
  // ok: secret-in-log
  console.error(`[notes-digest] key ${apiKey ? apiKey.substring(0, 12) + "…" : "(none)"}, ${budget.ratio} chars/token`);
  // expect: secret-in-log
  console.error(`[notes-digest] archive password starts ${archivePassword.substring(0, 12)}`);
  // expect: secret-in-log
  console.error("[notes-digest] key head", apiKey.slice(0, 30));
}

const server = new McpServer({ name: "notes-digest", version: "0.3.0" });
server.tool("digest", "Summarize a page of notes", { page: z.string() }, async ({ page }) => {
  const res = await fetch(`https://api.notes.example/v1/pages/${encodeURIComponent(page)}`, { headers: { "x-api-key": apiKey } });
  const body = await res.json();
  const limit = Math.floor(4000 * budget.ratio * (1 - budget.buffer));
  return { content: [{ type: "text", text: String(body.text ?? "").slice(0, limit) }] };
});

await server.connect(new StdioServerTransport());
