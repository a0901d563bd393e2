// Walks a local folder (a package or a repository checkout) without following
// symlinks, so nothing outside the folder is ever read.
import { lstat, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic, SourceFile } from "../types.js";
import { type AcquireLimits, isTestPath, SKIPPED_DIRS } from "./limits.js";

export interface WalkResult {
  files: SourceFile[];
  seen: number;
  skipped: number;
}

export async function walkDirectory(root: string, limits: AcquireLimits, diagnostics: Diagnostic[]): Promise<WalkResult> {
  const result: WalkResult = { files: [], seen: 0, skipped: 0 };
  let totalBytes = 0;
  let symlinksSkipped = 0;
  let testsSkipped = 0;
  let capNoted = false;
  const skip = (d: Diagnostic) => {
    result.skipped++;
    diagnostics.push(d);
  };

  async function visit(dir: string, rel: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      skip({ level: "warning", code: "unreadable-directory", file: rel || ".", message: `could not read directory: ${(err as Error).message}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const abs = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        symlinksSkipped++;
        result.skipped++;
        continue;
      }
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.has(entry.name)) continue;
        if (!limits.includeTests && isTestPath(relPath + "/")) {
          testsSkipped++;
          continue;
        }
        await visit(abs, relPath);
        continue;
      }
      if (!entry.isFile()) continue;
      result.seen++;
      if (!limits.includeTests && isTestPath(relPath)) {
        testsSkipped++;
        result.skipped++;
        continue;
      }
      if (result.files.length >= limits.maxFiles) {
        result.skipped++;
        if (!capNoted) {
          capNoted = true;
          diagnostics.push({ level: "warning", code: "too-many-files", message: `more than ${limits.maxFiles} files; the rest were not scanned (raise with --max-files)` });
        }
        continue;
      }
      const st = await lstat(abs);
      if (st.size > limits.maxFileSize) {
        skip({ level: "warning", code: "file-too-large", file: relPath, message: `skipped: ${st.size} bytes is over the per-file cap of ${limits.maxFileSize} (raise with --max-file-size)` });
        continue;
      }
      if (totalBytes + st.size > limits.maxTotalSize) {
        skip({ level: "warning", code: "total-size-cap", file: relPath, message: `skipped: the package is over the total size cap of ${limits.maxTotalSize} bytes` });
        continue;
      }
      totalBytes += st.size;
      result.files.push({ path: relPath, bytes: await readFile(abs) });
    }
  }

  await visit(root, "");
  if (symlinksSkipped > 0) {
    diagnostics.push({ level: "note", code: "symlink-skipped", message: `${symlinksSkipped} symbolic link(s) not followed` });
  }
  if (testsSkipped > 0) {
    diagnostics.push({ level: "note", code: "tests-skipped", message: `${testsSkipped} test folder(s) or file(s) not scanned (scan them with --include-tests)` });
  }
  return result;
}
