import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { NOTES } from "./notes-dir.js";

export function register(server) {
  server.tool("read_note", "Read one note by its file name", { name: z.string() }, async ({ name }) => {
    const text = await fs.readFile(path.join(NOTES, name), "utf8"); // expect: path-traversal (high)
    return { content: [{ type: "text", text }] };
  });
}
