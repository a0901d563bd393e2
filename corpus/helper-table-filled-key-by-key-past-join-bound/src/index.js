#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const git = require("./git");

const server = new McpServer({ name: "gitkit", version: "0.9.2" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

server.tool("git_status", "Working tree status", {}, async () => text(git.status_short()));
server.tool("git_toplevel", "The repository root", {}, async () => text(git.rev_parse_show_toplevel()));
server.tool("git_head", "The short id of HEAD", {}, async () => text(git.head_short()));
server.tool("git_log", "One-line log of a ref", { ref: z.string() }, async ({ ref }) => text(git.log_of(ref)));
server.tool("git_show_file", "A file at a revision", { rev: z.string(), file: z.string() }, async ({ rev, file }) => text(git.show_file(rev, file)));

server.connect(new StdioServerTransport());
