import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { registerTimed } from "./register.js";

const NOTES_DIR = path.resolve(process.env.NOTES_DIR ?? "notes");

export function registerTools(server, options) {
  const disabled = new Set(options.disabled);

  function registerTool(name, config, handler) {
    if (disabled.has(name)) return;
    registerTimed(server, name, config, handler);
  }

  registerTool(
    "read_note",
    { title: "Read a note", description: "Reads one note by its file name", inputSchema: { file: z.string() } },
    async ({ file }) => {
      const full = path.resolve(NOTES_DIR, file);
      if (!full.startsWith(NOTES_DIR + path.sep)) throw new Error("outside the notes folder");
      return { content: [{ type: "text", text: await readFile(full, "utf8") }] };
    },
  );

  registerTool(
    "note_stats",
    { title: "Note statistics", description: "Counts the notes", inputSchema: {} },
    async () => ({ content: [{ type: "text", text: String((await readdir(NOTES_DIR)).length) }] }),
  );
}
