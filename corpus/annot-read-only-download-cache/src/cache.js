// Where downloaded documents are kept: the server's own cache folder, whichever way the OS names it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

function cacheRoot() {
  if (process.env.DOCS_SHELF_CACHE_DIR) return process.env.DOCS_SHELF_CACHE_DIR;
  if (process.platform === "win32") return path.join(os.homedir(), "AppData", "Local", "docs-shelf");
  if (process.platform === "darwin") return path.join(os.homedir(), "Library", "Caches", "docs-shelf");
  return path.join(os.homedir(), ".docs-shelf");
}

export function versionDir(version) {
  const dir = path.join(cacheRoot(), version);
  // expect: path-traversal (high)
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export async function download(version, page) {
  const text = await (await fetch(`https://docs.example.com/${encodeURIComponent(version)}/${encodeURIComponent(page)}.md`)).text();
  // expect: path-traversal (high)
  fs.writeFileSync(`${versionDir(version)}/${page}.md`, text);
  return text;
}
