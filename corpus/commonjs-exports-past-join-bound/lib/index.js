#!/usr/bin/env node
"use strict";
// A module's `exports.x = ...` writes are joined into its exports one by one; a join keeps as many
// properties by name as the writes do, so the 67th export is found when it is called.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const text = require("./text");

const server = new McpServer({ name: "texttools", version: "2.3.0" });
server.tool("spell_check", "Spell-check a word", { word: z.string() }, async ({ word }) => ({ content: [{ type: "text", text: text.spell(word) }] }));
server.tool("slug", "A URL slug of a title", { title: z.string() }, async ({ title }) => ({ content: [{ type: "text", text: text.slug(title) }] }));
server.connect(new StdioServerTransport());
