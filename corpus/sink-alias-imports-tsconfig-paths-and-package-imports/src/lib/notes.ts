import { readFile } from "node:fs/promises";
import path from "node:path";

const notesDir = process.env.NOTES_DIR ?? path.join(process.cwd(), "notes");

export async function readNote(name: string): Promise<string> {
  return readFile(path.join(notesDir, name), "utf8"); // expect: path-traversal
}
