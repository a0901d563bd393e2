#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import * as vault from "./vault.js";

const server = new McpServer({ name: "snippet-vault", version: "2.1.0" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

server.tool("read_snippet", "Read a snippet", { file: z.string() }, async ({ file }) => text(await vault.readSnippet(file)));
server.tool("read_shared", "Read a shared snippet", { file: z.string() }, async ({ file }) => text(await vault.readShared(file)));
server.tool("read_pinned", "Read a pinned snippet", { file: z.string() }, async ({ file }) => text(await vault.readPinned(file)));
server.tool("save_snippet", "Save a snippet", { file: z.string(), body: z.string() }, async ({ file, body }) => {
  await vault.saveSnippet(file, body);
  return text("saved");
});
server.tool("read_linked", "Read a snippet through its link", { file: z.string() }, async ({ file }) => text(await vault.readLinked(file)));
server.tool("read_legacy", "Read a legacy snippet", { file: z.string() }, async ({ file }) => text(await vault.readLegacy(file)));
server.tool("read_draft", "Read a draft snippet", { file: z.string() }, async ({ file }) => text(await vault.readDraft(file)));
server.tool("read_imported", "Read an imported snippet", { file: z.string() }, async ({ file }) => text(await vault.readImported(file)));
server.tool("read_archived", "Read an archived snippet", { file: z.string() }, async ({ file }) => text(await vault.readArchived(file)));
server.tool("read_old", "Read an old snippet", { file: z.string() }, async ({ file }) => text(await vault.readOld(file)));
server.tool("read_raw", "Read a raw snippet", { file: z.string() }, async ({ file }) => text(await vault.readRaw(file)));

await server.connect(new StdioServerTransport());
