#!/usr/bin/env node
// One answer wrapper, one deadline helper and one quiet runner serve every tool. What a tool's own
// callback (or the file operation it hands over) does is that tool's act, not every tool's: the
// reading tools stay read-only although the saving tool writes through the same wrapper. A read-only
// tool whose own callback writes, or a not-destructive one that hands the runner a delete, says so.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { answer, quietly, withDeadline } from "./respond.js";

const NOTES_DIR = process.env.NOTES_DIR ?? path.join(process.cwd(), "notes");
const INBOX = path.join(NOTES_DIR, "inbox.md");
const server = new McpServer({ name: "notes-desk", version: "2.1.0" });

// ok: tool-annotation-mismatch
server.registerTool("read_inbox", { description: "Read the inbox note", annotations: { readOnlyHint: true } }, async () => answer(() => fs.promises.readFile(INBOX, "utf8"), "read_inbox"));

// ok: tool-annotation-mismatch
server.registerTool("count_notes", { description: "How many notes there are", annotations: { readOnlyHint: true } }, async () =>
  answer(() => withDeadline({ task: async () => (await fs.promises.readdir(NOTES_DIR)).length, ms: 2000 }), "count_notes"),
);

// ok: tool-annotation-mismatch
server.registerTool("peek_inbox", { description: "The inbox note, if there is one", annotations: { readOnlyHint: true, destructiveHint: false } }, async () =>
  answer(() => quietly(fs.readFileSync, INBOX, "utf8") ?? "(empty)", "peek_inbox"),
);

server.registerTool("add_to_inbox", { description: "Append a line to the inbox note", inputSchema: { line: z.string() }, annotations: { readOnlyHint: false } }, async ({ line }) =>
  answer(async () => {
    await fs.promises.appendFile(INBOX, `- ${line}\n`);
    return "added";
  }, "add_to_inbox"),
);

server.registerTool("reset_inbox", { description: "Start the inbox note over", annotations: { readOnlyHint: false } }, async () =>
  answer(() => withDeadline({ task: () => fs.promises.writeFile(INBOX, "# Inbox\n"), ms: 2000 }), "reset_inbox"),
);

// expect: mixed-blast-radius (low)
server.registerTool("drop_inbox", { description: "Delete the inbox note", annotations: { readOnlyHint: false, destructiveHint: true } }, async () =>
  answer(() => quietly(fs.unlinkSync, INBOX) ?? "dropped", "drop_inbox"),
);

// expect: tool-annotation-mismatch (medium)
server.registerTool("list_titles", { description: "List the note titles", annotations: { readOnlyHint: true } }, async () =>
  answer(async () => {
    const titles = (await fs.promises.readdir(NOTES_DIR)).filter((f) => f.endsWith(".md"));
    await fs.promises.writeFile(path.join(NOTES_DIR, "index.md"), titles.map((t) => `- ${t}`).join("\n"));
    return titles;
  }, "list_titles"),
);

// expect: tool-annotation-mismatch (medium)
server.registerTool("tidy_inbox", { description: "Tidy the inbox", annotations: { destructiveHint: false } }, async () =>
  answer(() => quietly(fs.rmSync, INBOX, { force: true }) ?? "tidied", "tidy_inbox"),
);

await server.connect(new StdioServerTransport());
