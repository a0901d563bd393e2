// The converter reads its input from a file: each call leaves a `slide-press-<stamp>.md` in the
// system's temp folder. Before each render the leftovers older than a day are swept away, and the
// render cache there keeps at most forty entries.
import { readdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const LEFTOVER_PREFIX = "slide-press-";
const DAY_MS = 24 * 60 * 60 * 1000;
const RENDER_CACHE = path.join(os.tmpdir(), "slide-press-renders");
const CACHE_LIMIT = 40;

export function sweepLeftovers() {
  const scratchRoot = os.tmpdir();
  let names = [];
  try {
    names = readdirSync(scratchRoot);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(LEFTOVER_PREFIX)) continue;
    const leftover = path.join(scratchRoot, name);
    if (Date.now() - statSync(leftover).mtimeMs > DAY_MS) unlinkSync(leftover);
  }
}

export async function trimRenderCache() {
  const entries = await readdir(RENDER_CACHE).catch(() => []);
  if (entries.length <= CACHE_LIMIT) return;
  const dated = await Promise.all(entries.map(async (entry) => ({ entry, at: (await stat(path.join(RENDER_CACHE, entry))).mtimeMs })));
  dated.sort((a, b) => a.at - b.at);
  for (const { entry } of dated.slice(0, dated.length - CACHE_LIMIT)) await rm(path.join(RENDER_CACHE, entry), { force: true });
}

export function stageMarkdown(markdown) {
  const file = path.join(os.tmpdir(), `${LEFTOVER_PREFIX}${Date.now()}.md`);
  writeFileSync(file, markdown);
  return file;
}
