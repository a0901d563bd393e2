#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { gitCheckout } from "@/lib/git.js";
import { sh } from "#shell";
import { readNote } from "mcp-repo-notes-safe/notes";

const server = new McpServer({ name: "repo-notes", version: "0.4.2" });

server.tool("git_checkout", "Switch to a branch", { branch: z.string() }, async ({ branch }) => ({
  content: [{ type: "text", text: gitCheckout(branch) }],
}));

server.tool("grep_repo", "Search the repository for a word", { word: z.string() }, async ({ word }) => ({
  content: [{ type: "text", text: await sh(`grep -rn ${word} .`) }],
}));

server.tool("read_note", "Read one of the repository's notes", { name: z.string() }, async ({ name }) => ({
  content: [{ type: "text", text: await readNote(name) }],
}));

await server.connect(new StdioServerTransport());
