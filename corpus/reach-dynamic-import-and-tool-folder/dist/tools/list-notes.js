import fs from "node:fs/promises";
import { NOTES } from "./notes-dir.js";

export function register(server) {
  server.tool("list_notes", "List the notes", {}, async () => {
    const names = await fs.readdir(NOTES);
    return { content: [{ type: "text", text: names.filter((n) => n.endsWith(".md")).join("\n") }] };
  });
}
