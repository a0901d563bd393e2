#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { attachmentPath, looseAttachmentPath } from "./names.js";

const root = process.env.JOURNAL_DIR ?? path.join(os.homedir(), "journal");
const server = new McpServer({ name: "daily-journal", version: "0.4.1" });

server.tool(
  "read_day",
  "Read the journal entry of one day.",
  { date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("YYYY-MM-DD") },
  async ({ date }) => {
    const text = await fs.readFile(path.join(root, `${date}.md`), "utf8"); // ok: path-traversal
    return { content: [{ type: "text", text }] };
  },
);

server.tool(
  "read_note",
  "Read a note by its slug.",
  { slug: z.string().regex(/^[\w./-]+$/) },
  async ({ slug }) => {
    const text = await fs.readFile(path.join(root, "notes", `${slug}.md`), "utf8"); // expect: path-traversal
    return { content: [{ type: "text", text }] };
  },
);

server.tool(
  "read_attachment",
  "Read an attachment by its relative name.",
  { name: z.string() },
  async ({ name }) => {
    const data = await fs.readFile(attachmentPath(root, name)); // ok: path-traversal
    return { content: [{ type: "text", text: data.toString("base64") }] };
  },
);

server.tool(
  "remove_attachment", // expect: mixed-blast-radius (low)
  "Remove an attachment by its name.",
  { name: z.string() },
  async ({ name }) => {
    await fs.unlink(looseAttachmentPath(root, name)); // expect: path-traversal
    return { content: [{ type: "text", text: "removed" }] };
  },
);

server.tool(
  "save_session",
  "Save the text of a writing session.",
  { sessionId: z.string(), text: z.string() },
  async ({ sessionId, text }) => {
    const safeId = sessionId.replace(/[^\w-]/g, "");
    await fs.writeFile(path.join(root, "sessions", `${safeId}.txt`), text); // ok: path-traversal
    const spaced = sessionId.replace(/\s+/g, "-");
    await fs.writeFile(path.join(root, "drafts", `${spaced}.txt`), text); // expect: path-traversal
    return { content: [{ type: "text", text: "saved" }] };
  },
);

server.tool(
  "export_day",
  "Export a day's entry under a file name of your choice in the exports folder.",
  { date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), fileName: z.string() },
  async ({ date, fileName }) => {
    const text = await fs.readFile(path.join(root, `${date}.md`), "utf8");
    await fs.writeFile(path.join(root, "exports", path.basename(fileName)), text); // ok: path-traversal
    return { content: [{ type: "text", text: "exported" }] };
  },
);

await server.connect(new StdioServerTransport());
