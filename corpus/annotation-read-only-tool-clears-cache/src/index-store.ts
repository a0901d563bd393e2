import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const CACHE_DIR = path.join(os.homedir(), ".cache", "code-search");
const INDEX_FILE = path.join(CACHE_DIR, "index.json");

/** Drops the old index and writes a new one. */
export async function refreshIndex(): Promise<number> {
  await rm(CACHE_DIR, { recursive: true, force: true });
  await mkdir(CACHE_DIR, { recursive: true });
  const files = await readdir(process.cwd());
  await writeFile(INDEX_FILE, JSON.stringify(files));
  return files.length;
}

export async function searchIndex(word: string): Promise<string[]> {
  const files: string[] = JSON.parse(await readFile(INDEX_FILE, "utf8"));
  return files.filter((f) => f.includes(word));
}
