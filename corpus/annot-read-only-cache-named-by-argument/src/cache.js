// What the mirror answered is kept in a cache folder: where an environment variable read through a
// small helper points, or beside the working folder. The caller says which entry, by a relative name.
import { mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

function setting(key) {
  const raw = process.env[key];
  return raw && raw.trim() !== "" ? raw : undefined;
}

function atlasCacheRoot() {
  return setting("SPEC_ATLAS_CACHE_DIR") ?? path.resolve(process.cwd(), ".spec-atlas-cache");
}

export async function remember(entry, value) {
  const file = path.join(atlasCacheRoot(), entry);
  // expect: path-traversal (high)
  await mkdir(path.dirname(file), { recursive: true });
  // expect: path-traversal (high)
  await writeFile(file, JSON.stringify(value));
}

export async function recall(entry) {
  try {
    return JSON.parse(await readFile(path.join(atlasCacheRoot(), entry), "utf8"));
  } catch {
    return undefined;
  }
}

export async function removeFile(file) {
  // expect: path-traversal (medium)
  await unlink(file);
}
