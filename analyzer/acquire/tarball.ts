// Safe extraction of a package tarball, in memory: nothing is written to disk,
// so no entry can land outside a folder or replace a file through a link.
// Only regular files and folders are kept; every entry left out is named in
// a diagnostic. The same code serves local .tgz files and registry tarballs.
//
// A tarball that is corrupt or cut short is an AcquireError (exit 2), not a
// partial scan: a package we could only half read is one we cannot vouch for,
// and "no findings" on half a package would mislead. Caps, by contrast, skip
// content with a diagnostic and scan the rest, since the caller can raise them.
import { createHash, type Hash } from "node:crypto";
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import type { Diagnostic, SourceFile } from "../types.js";
import { AcquireError } from "./errors.js";
import { type AcquireLimits, isTestPath } from "./limits.js";
import { type TarEntryHeader, TarFormatError, TarReader } from "./tar-reader.js";

export interface ExtractResult {
  files: SourceFile[];
  seen: number;
  skipped: number;
  /** `sha512-<base64>` of the tarball bytes as given (compressed). */
  integrity: string;
}

/** After this many diagnostics of one kind, the rest are only counted. */
const DETAILED_PER_CODE = 20;

type EntryPath = { segments: string[] } | { reason: string };

/**
 * Splits an archive path into safe segments, or says why it is unsafe.
 * Backslashes count as separators (Windows-made archives, and Windows
 * extractors treat them so); drive letters and absolute paths are refused.
 */
export function safeEntryPath(raw: string): EntryPath {
  const p = raw.replace(/\\/g, "/");
  if (p.startsWith("/")) return { reason: "absolute path" };
  if (/^[A-Za-z]:/.test(p)) return { reason: "Windows drive path" };
  const segments = p.split("/").filter((s) => s !== "" && s !== ".");
  if (segments.includes("..")) return { reason: "`..` would leave the package folder" };
  return { segments };
}

/** Control characters in an archive path must not reach a terminal raw. */
function shown(p: string): string {
  return /[\u0000-\u001f\u007f]/.test(p) ? JSON.stringify(p) : p;
}

const TYPE_WORDS: Record<TarEntryHeader["type"], string> = {
  file: "file",
  directory: "folder",
  symlink: "symbolic link",
  hardlink: "hard link",
  "character-device": "character device",
  "block-device": "block device",
  fifo: "FIFO",
  other: "entry",
};

interface PendingDiagnostic {
  level: Diagnostic["level"];
  code: string;
  /** A safe entry's segments (the file is named after stripping), or the raw path of a refused one. */
  segments?: string[];
  archivePath?: string;
  message: (file: string) => string;
}

interface KeptFile {
  segments: string[];
  size: number;
  bytes?: Buffer;
}

/** Reads a tarball (gzip-compressed or plain tar) from a stream of raw bytes. */
export async function extractTarball(input: AsyncIterable<Uint8Array>, label: string, limits: AcquireLimits, diagnostics: Diagnostic[]): Promise<ExtractResult> {
  const hash = createHash("sha512");
  // Diagnostics wait for the end: a file's package path is only known once
  // the whole archive shows whether there is a single top folder to strip.
  const pending: PendingDiagnostic[] = [];
  const perCode = new Map<string, number>();
  const report = (d: PendingDiagnostic) => {
    const n = (perCode.get(d.code) ?? 0) + 1;
    perCode.set(d.code, n);
    if (n <= DETAILED_PER_CODE) pending.push(d);
  };

  let seen = 0;
  let skipped = 0;
  let testsSkipped = 0;
  let keptBytes = 0;
  let capNoted = false;
  const kept = new Map<string, KeptFile>();
  const tops = new Set<string>();
  let fileAtTop = false;

  const skip = (d: PendingDiagnostic) => {
    skipped++;
    report(d);
  };

  const reader = new TarReader({
    entry(h) {
      const where = safeEntryPath(h.path);
      if (h.type !== "file" && h.type !== "directory") {
        const what = h.type === "other" ? `entry of type "${shown(h.typeFlag)}"` : TYPE_WORDS[h.type];
        const target = h.linkPath !== undefined ? ` -> ${shown(h.linkPath)}` : "";
        skip({ level: "warning", code: "unsafe-tar-entry", archivePath: h.path, message: () => `${what} ${shown(h.path)}${target} not extracted: only regular files and folders are` });
        return false;
      }
      if ("reason" in where) {
        if (h.type === "file") seen++;
        skip({ level: "warning", code: "unsafe-tar-entry", archivePath: h.path, message: () => `${TYPE_WORDS[h.type]} ${shown(h.path)} not extracted: ${where.reason}` });
        return false;
      }
      const { segments } = where;
      if (segments.length === 0) return false;
      tops.add(segments[0]);
      if (h.type === "directory") return false;
      seen++;
      if (segments.length === 1) fileAtTop = true;
      // Test folders are judged below the top folder (`package/test/x.js`).
      if (!limits.includeTests && isTestPath(segments.slice(segments.length > 1 ? 1 : 0).join("/"))) {
        testsSkipped++;
        return false;
      }
      const key = segments.join("/");
      const previous = kept.get(key);
      if (previous) {
        // Extractors write entries in order, so the last copy is what gets installed.
        kept.delete(key);
        keptBytes -= previous.size;
        report({ level: "note", code: "duplicate-tar-entry", segments, message: (p) => `${p} appears more than once in the archive; the last copy is scanned, as an install would keep it` });
      }
      if (kept.size >= limits.maxFiles) {
        skipped++;
        if (!capNoted) {
          capNoted = true;
          diagnostics.push({ level: "warning", code: "too-many-files", message: `more than ${limits.maxFiles} files; the rest were not scanned (raise with --max-files)` });
        }
        return false;
      }
      if (h.size > limits.maxFileSize) {
        skip({ level: "warning", code: "file-too-large", segments, message: () => `skipped: ${h.size} bytes is over the per-file cap of ${limits.maxFileSize} (raise with --max-file-size)` });
        return false;
      }
      if (keptBytes + h.size > limits.maxTotalSize) {
        skip({ level: "warning", code: "total-size-cap", segments, message: () => `skipped: the package is over the total size cap of ${limits.maxTotalSize} bytes` });
        return false;
      }
      keptBytes += h.size;
      kept.set(key, { segments, size: h.size });
      return true;
    },
    body(h, bytes) {
      const where = safeEntryPath(h.path);
      if ("segments" in where) {
        const file = kept.get(where.segments.join("/"));
        if (file) file.bytes = bytes;
      }
    },
  });

  let unpacked = 0;
  let stoppedAtCap = false;
  try {
    for await (const chunk of decompressed(input, hash, label)) {
      unpacked += chunk.length;
      if (unpacked > limits.maxUnpackedSize) {
        stoppedAtCap = true;
        break;
      }
      reader.push(chunk);
      if (reader.ended) break;
    }
    if (!stoppedAtCap && !reader.ended) reader.end();
  } catch (err) {
    if (err instanceof AcquireError) throw err;
    if (err instanceof TarFormatError) throw new AcquireError(`${label}: ${err.message}`);
    throw new AcquireError(`${label} could not be read: ${(err as Error).message}`);
  }
  if (stoppedAtCap) {
    diagnostics.push({
      level: "warning",
      code: "archive-too-large",
      message: `${label} unpacks to more than ${limits.maxUnpackedSize} bytes; reading stopped there and the rest was not scanned`,
    });
  }
  // Strip the single top folder (`package/` in npm tarballs, `<repo>-<sha>/` in source archives).
  const strip = tops.size === 1 && !fileAtTop ? 1 : 0;
  for (const d of pending) {
    const file = d.segments ? shown(d.segments.slice(strip).join("/")) : shown(d.archivePath ?? "");
    diagnostics.push({ level: d.level, code: d.code, file, message: d.message(file) });
  }
  for (const [code, n] of perCode) {
    if (n > DETAILED_PER_CODE) diagnostics.push({ level: "warning", code, message: `${n - DETAILED_PER_CODE} more entries like the above (${code})` });
  }
  if (testsSkipped > 0) {
    skipped += testsSkipped;
    diagnostics.push({ level: "note", code: "tests-skipped", message: `${testsSkipped} test file(s) not scanned (scan them with --include-tests)` });
  }

  if (strip === 0 && tops.size > 0 && kept.size > 0) {
    diagnostics.push({ level: "note", code: "no-top-folder", message: `${label} has no single top folder; its paths are kept as they are` });
  }
  const files: SourceFile[] = [];
  for (const file of [...kept.values()].sort((a, b) => compareSegments(a.segments, b.segments))) {
    if (!file.bytes) continue;
    const path = file.segments.slice(strip).join("/");
    if (!limits.includeTests && strip === 0 && isTestPath(path)) {
      skipped++;
      continue;
    }
    files.push({ path, bytes: file.bytes });
  }
  return { files, seen, skipped, integrity: `sha512-${hash.digest("base64")}` };
}

/** Folder by folder, like the directory walker, so both targets list files in the same order. */
function compareSegments(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}

/** The raw bytes, hashed as they pass, then gunzipped when they start with the gzip magic. */
async function* decompressed(input: AsyncIterable<Uint8Array>, hash: Hash, label: string): AsyncGenerator<Buffer> {
  const it = input[Symbol.asyncIterator]();
  let first = await it.next();
  while (!first.done && first.value.length === 0) first = await it.next();
  if (first.done) throw new AcquireError(`${label} is empty: a tarball holds at least one 512-byte header`);
  const head = Buffer.from(first.value);
  async function* raw(): AsyncGenerator<Buffer> {
    hash.update(head);
    yield head;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      const chunk = Buffer.from(next.value);
      hash.update(chunk);
      yield chunk;
    }
  }
  if (!(head[0] === 0x1f && (head.length < 2 || head[1] === 0x8b))) {
    yield* raw();
    return;
  }
  const source = Readable.from(raw());
  const gunzip = createGunzip();
  source.on("error", (err) => gunzip.destroy(err));
  source.pipe(gunzip);
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === "Z_BUF_ERROR") throw new AcquireError(`${label} is truncated: the gzip stream ends early (an incomplete download?)`);
    if (typeof e.code === "string" && e.code.startsWith("Z_")) throw new AcquireError(`${label} is not a valid gzip tarball: ${e.message}`);
    throw err;
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

/** A local .tgz (or plain .tar), streamed from disk. */
export function readTarballFile(file: string, limits: AcquireLimits, diagnostics: Diagnostic[]): Promise<ExtractResult> {
  return extractTarball(createReadStream(file), file, limits, diagnostics);
}

/** Tarball bytes already in memory (a registry download). */
export function readTarballBytes(bytes: Buffer, label: string, limits: AcquireLimits, diagnostics: Diagnostic[]): Promise<ExtractResult> {
  return extractTarball(
    (async function* () {
      yield bytes;
    })(),
    label,
    limits,
    diagnostics,
  );
}
