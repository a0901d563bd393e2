#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

const NOTES_DIR = process.env.NOTES_DIR ?? path.join(os.homedir(), "notes");

async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}`);
  await fs.writeFile(temp, text); // expect: path-traversal
  await fs.rename(temp, file); // expect: path-traversal
}

server();

function server(): void {
  const mcp = new McpServer({ name: "scratch-notes", version: "1.1.0" });

  mcp.registerTool(
    "save_note",
    {
      description: "Save a note.",
      inputSchema: { name: z.string(), text: z.string() },
      annotations: { destructiveHint: false },
    },
    async ({ name, text }) => {
      await writeAtomically(path.join(NOTES_DIR, `${name}.md`), text);
      return { content: [{ type: "text", text: "saved" }] };
    },
  );

  mcp.registerTool(
    // expect: tool-annotation-mismatch
    "tidy_notes",
    {
      description: "Tidy the notes folder: drops the given stale draft.",
      inputSchema: { draft: z.string() },
      annotations: { destructiveHint: false },
    },
    async ({ draft }) => {
      // The path comes from the model, not from a fresh name: this deletes a user's file.
      let target = path.join(NOTES_DIR, `${draft}.md`);
      if (draft.endsWith(".tmp")) target = path.join(os.tmpdir(), `${draft}-${Date.now()}`);
      await fs.unlink(target); // expect: path-traversal
      return { content: [{ type: "text", text: "tidied" }] };
    },
  );

  void mcp.connect(new StdioServerTransport());
}
