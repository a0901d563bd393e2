#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { Links } from "./links.js";

const links = new Links();
const server = new McpServer({ name: "provider-links", version: "2.3.0" });
const text = (t) => ({ content: [{ type: "text", text: t }] });
const NOTES = path.join(os.homedir(), ".provider-links", "notes");
const drafts = {};

server.tool("link_provider", "Link a chat provider", { provider: z.string(), settings: z.record(z.string()) }, async ({ provider, settings }) => {
  return text(JSON.stringify(await links.link(provider, settings)));
});

// expect: mixed-blast-radius
server.tool("unlink_provider", "Remove a provider's settings", { provider: z.string() }, async ({ provider }) => {
  await links.unlink(provider);
  return text("removed");
});

server.tool("describe_provider", "Show which settings a provider has", { provider: z.string() }, async ({ provider }) => {
  return text(await links.describe(provider));
});

server.tool("draft_note", "Start a note for a provider", { provider: z.string(), body: z.string() }, async ({ provider, body }) => {
  drafts[provider] = body;
  return text("drafted");
});

server.tool("save_note", "Save the draft note of a provider", { provider: z.string() }, async ({ provider }) => {
  // `drafts` is filled under names the model picks: finding one proves nothing about the name.
  if (!drafts[provider]) return text("no draft");
  // expect: path-traversal
  await fs.writeFile(path.join(NOTES, `${provider}.md`), drafts[provider]);
  return text("saved");
});

await server.connect(new StdioServerTransport());
