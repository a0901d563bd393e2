// The page cache: JSON files under the temp folder, an hour each, at most thirty of them.
// A page past its hour is removed when read; storing a page trims the oldest ones.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const PAGES = path.join(os.tmpdir(), "tide-pages");
const HOUR_MS = 60 * 60 * 1000;
const KEEP = 30;

export function pageFor(key) {
  const file = path.join(PAGES, `${key}.json`);
  if (!existsSync(file)) return undefined;
  // expect: path-traversal
  const page = JSON.parse(readFileSync(file, "utf8"));
  if (Date.now() - page.at > HOUR_MS) {
    // expect: path-traversal
    unlinkSync(file);
    return undefined;
  }
  return page.text;
}

export function storePage(key, text) {
  mkdirSync(PAGES, { recursive: true });
  writeFileSync(path.join(PAGES, `${key}.json`), JSON.stringify({ at: Date.now(), text }));
  trimPages();
}

function trimPages() {
  const pages = readdirSync(PAGES)
    .map((name) => ({ file: path.join(PAGES, name), at: statSync(path.join(PAGES, name)).mtimeMs }))
    .sort((a, b) => a.at - b.at);
  for (const old of pages.slice(0, Math.max(0, pages.length - KEEP))) unlinkSync(old.file);
}

export function clearExports() {
  const exportsDir = path.join(process.cwd(), "tide-exports");
  if (!existsSync(exportsDir)) return 0;
  const names = readdirSync(exportsDir);
  for (const name of names) unlinkSync(path.join(exportsDir, name));
  return names.length;
}
