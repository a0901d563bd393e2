// The batch store on disk: `<out>/index.jsonl` (one IndexEntry a line, the
// latest line for a package wins), `<out>/reports/<key>.json` (the JSON report
// of each package and version) and `<out>/diffs/<key>.json` (`--since`).
// One writer, the batch process, appends to the index; a line cut short by an
// interruption is ignored on reading and dropped when the index is compacted.
import { createHash } from "node:crypto";
import { appendFileSync, closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { TOOL_NAME, TOOL_VERSION } from "../version.js";
import type { IndexEntry, ScannerId } from "./types.js";

export const INDEX_FILE = "index.jsonl";

/** `@scope/name` + `1.0.0` → `scope__name@1.0.0`: one file name per package and version. */
export function reportKey(name: string, version: string | undefined): string {
  return `${name.replace(/^@/, "").replace(/\//g, "__")}@${version ?? "unversioned"}`;
}

export function reportPath(key: string): string {
  return `reports/${key}.json`;
}

export function diffPath(key: string): string {
  return `diffs/${key}.json`;
}

/** Writes a file whole or not at all: a killed writer leaves no half report behind. */
export function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** The entries of `<dir>/index.jsonl` in file order; a missing index is empty, a broken line is skipped. */
export function readIndex(dir: string): IndexEntry[] {
  const file = path.join(dir, INDEX_FILE);
  if (!existsSync(file)) return [];
  const out: IndexEntry[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    try {
      const entry = JSON.parse(line) as IndexEntry;
      if (entry && typeof entry.spec === "string" && entry.scanner) out.push(entry);
    } catch {
      // The last line of an interrupted run: the package is scanned again.
    }
  }
  return out;
}

export function appendIndex(dir: string, entry: IndexEntry): void {
  const file = path.join(dir, INDEX_FILE);
  // A line left unterminated by a killed writer must not swallow this one.
  appendFileSync(file, `${endsUnterminated(file) ? "\n" : ""}${JSON.stringify(entry)}\n`);
}

/** Whether the file's last byte is not a newline: only that byte is read (the index grows with every package, and is appended to once per package). */
function endsUnterminated(file: string): boolean {
  if (!existsSync(file)) return false;
  const size = statSync(file).size;
  if (size === 0) return false;
  const fd = openSync(file, "r");
  try {
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } finally {
    closeSync(fd);
  }
}

/** Who an entry is about: name, version and integrity when known, else the spec as given. */
export function entryIdentity(e: Pick<IndexEntry, "spec" | "name" | "version" | "integrity" | "scanner">): string {
  return e.name && e.version ? `${e.scanner.build}\0${e.name}@${e.version}\0${e.integrity ?? ""}` : `${e.scanner.build}\0spec:${e.spec}`;
}

/** Keeps the latest line per package, version, integrity and scanner build; rewrites the index in one step. */
export function compactIndex(dir: string): IndexEntry[] {
  const latest = new Map<string, IndexEntry>();
  for (const e of readIndex(dir)) {
    const id = entryIdentity(e);
    latest.delete(id);
    latest.set(id, e);
  }
  const entries = [...latest.values()];
  writeAtomic(path.join(dir, INDEX_FILE), entries.map((e) => `${JSON.stringify(e)}\n`).join(""));
  return entries;
}

function jsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) out.push(...jsFiles(p));
    else if (d.name.endsWith(".js")) out.push(p);
  }
  return out;
}

let cachedScanner: ScannerId | undefined;

/**
 * This scanner: name, version, and a hash of the compiled code that makes a
 * report (analyzer, rules, reports; not batch itself, whose lines carry their
 * own schemaVersion), so a rerun after any change to the analysis scans again.
 */
export function scannerId(): ScannerId {
  if (cachedScanner) return cachedScanner;
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  const own = path.dirname(fileURLToPath(import.meta.url));
  const hash = createHash("sha256");
  for (const folder of ["analyzer", "rules", "reports"]) {
    for (const file of jsFiles(path.join(root, folder)).sort()) {
      if (file.startsWith(own + path.sep)) continue;
      hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  cachedScanner = { name: TOOL_NAME, version: TOOL_VERSION, build: hash.digest("hex").slice(0, 16) };
  return cachedScanner;
}
