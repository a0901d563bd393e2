import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { isInsideAllowedRoots } from "./roots.js";

export const roots = process.argv.slice(2).map((r) => path.resolve(r.replace(/^~/, os.homedir())));

/** Resolves a note path against the roots and refuses anything outside them, symlinks included. */
export async function resolveNotePath(requested) {
  const absolute = path.isAbsolute(requested) ? path.resolve(requested) : path.resolve(roots[0] ?? process.cwd(), requested);
  const normalized = path.normalize(absolute);
  const allowed = isInsideAllowedRoots(normalized, roots);
  if (!allowed) {
    throw new Error(`refused: ${absolute} is outside the note folders`);
  }
  try {
    const real = await fs.realpath(absolute);
    if (!isInsideAllowedRoots(real, roots)) throw new Error("refused: the link points outside the note folders");
    return real;
  } catch (err) {
    if (err.code !== "ENOENT") throw err;
    return absolute;
  }
}
