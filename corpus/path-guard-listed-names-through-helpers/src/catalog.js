// The pattern folders ship beside the package; the optional chart pack may be missing.
import { existsSync, readdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";

export const PATTERN_ROOT = resolve(import.meta.dirname, "..", "patterns");

/** Pattern names: folders, or single `.txt` files named without their extension. */
export function listPatterns(root) {
  if (!existsSync(root)) return [];
  const found = new Set();
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory()) found.add(entry.name);
    else if (entry.name.endsWith(".txt")) found.add(entry.name.slice(0, -4));
  }
  return [...found].sort();
}

/** Chart names in a folder, without the `.chart` suffix. */
export function listCharts(dir, skip = []) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".chart"))
    .map((f) => basename(f, ".chart"))
    .filter((n) => !skip.includes(n));
}

export function chartPackDir() {
  const dir = join(PATTERN_ROOT, "charts");
  return existsSync(dir) ? dir : null;
}
