// The fetched catalog is kept in the server's own cache folder (beside the project, or where the
// environment points), under names the code fixes.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const CACHE_DIR = process.env.PLUGIN_CATALOG_CACHE_DIR ?? path.resolve(process.cwd(), ".plugin-catalog-cache");
const INDEX_FILE = path.join(CACHE_DIR, "index.json");
const TAGS_FILE = path.join(CACHE_DIR, "tags.json");

async function fetchJson(url) {
  const res = await fetch(url, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`catalog answered ${res.status}`);
  return res.json();
}

export async function catalogIndex() {
  try {
    return JSON.parse(await readFile(INDEX_FILE, "utf8"));
  } catch {
    const index = await fetchJson("https://plugins.example.org/v2/index");
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFile(INDEX_FILE, JSON.stringify(index));
    return index;
  }
}

export async function refreshTags() {
  const tags = await fetchJson("https://plugins.example.org/v2/tags");
  await mkdir(CACHE_DIR, { recursive: true });
  await writeFile(TAGS_FILE, JSON.stringify(tags));
  return tags;
}

export { CACHE_DIR };
