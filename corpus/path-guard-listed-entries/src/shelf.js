// Recipes are folders directly under the shelf; the shelf folder comes from the environment.
import { existsSync, readdirSync, promises as fs } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export const SHELF = process.env.SHELF_DIR ?? join(process.cwd(), "shelf");

/** The folder of a recipe named exactly, or by its number prefix (`12` finds `0012-lemon-tart`). */
export function recipeFolder(id) {
  if (!existsSync(SHELF)) return undefined;
  const folders = new Set(readdirSync(SHELF, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name));
  if (folders.has(id)) return join(SHELF, id);
  // The listed folder is returned, not the id.
  for (const f of folders) {
    if (f.startsWith(`${id.padStart(4, "0")}-`)) return join(SHELF, f);
  }
  return undefined;
}

/** The listed file whose name, lower-cased, is the one asked for. */
export async function photoPath(recipe, name) {
  const dir = join(SHELF, "photos");
  const hit = (await fs.readdir(dir)).find((f) => f.toLowerCase() === name);
  return hit ? join(dir, name) : undefined;
}

/** Files the shelf's git repository tracks. */
export function trackedFiles() {
  return execFileSync("git", ["ls-files"], { cwd: SHELF, encoding: "utf8" }).split("\n").filter(Boolean);
}
