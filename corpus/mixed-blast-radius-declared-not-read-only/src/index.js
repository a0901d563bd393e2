// Every tool that reads declares `readOnlyHint: false`: its author says it is
// not read-only (it is meant to grow a write-back), so the server has no
// read-only tool to mix with the destructive one.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { readFile, readdir, unlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const NOTES = path.join(os.homedir(), "notes");
const server = new McpServer({ name: "notes-sync", version: "0.4.0" });

server.registerTool(
  "sync_status",
  { description: "Compare the notes folder with the last sync.", inputSchema: {}, annotations: { readOnlyHint: false, destructiveHint: false } },
  async () => {
    const files = await readdir(NOTES);
    const stamp = await readFile(path.join(NOTES, ".last-sync"), "utf8").catch(() => "never");
    return { content: [{ type: "text", text: `${files.length} notes, last sync ${stamp}` }] };
  },
);

// ok: mixed-blast-radius
server.registerTool(
  "prune_notes",
  { description: "Delete notes older than the given number of days.", inputSchema: { days: z.number().int().min(30) }, annotations: { destructiveHint: true } },
  async ({ days }) => {
    const cutoff = Date.now() - days * 86_400_000;
    let removed = 0;
    for (const f of await readdir(NOTES)) {
      if (/^\d+$/.test(f) && Number(f) < cutoff) {
        await unlink(path.join(NOTES, f));
        removed++;
      }
    }
    return { content: [{ type: "text", text: `Removed ${removed} notes.` }] };
  },
);

await server.connect(new StdioServerTransport());
