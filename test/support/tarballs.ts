// Builds tarballs byte by byte for tests, including the hostile shapes a real
// packer refuses to make (`../` paths, links, devices, duplicates).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { Header, type HeaderData } from "tar";

export interface EntrySpec {
  path: string;
  type?: NonNullable<HeaderData["type"]>;
  body?: string | Buffer;
  linkpath?: string;
}

const BLOCK = 512;

function header(data: HeaderData): Buffer {
  const h = new Header(data);
  h.encode();
  return h.block!;
}

/** One tar entry: header plus body padded to a whole block. */
export function entryBytes(spec: EntrySpec): Buffer {
  const body = typeof spec.body === "string" ? Buffer.from(spec.body) : (spec.body ?? Buffer.alloc(0));
  const type = spec.type ?? "File";
  const parts = [header({ path: spec.path, type, size: body.length, mode: type === "Directory" ? 0o755 : 0o644, mtime: new Date(0), linkpath: spec.linkpath })];
  if (body.length > 0) parts.push(body, Buffer.alloc((BLOCK - (body.length % BLOCK)) % BLOCK));
  return Buffer.concat(parts);
}

/** A GNU long-name record (type L) followed by the entry it names. */
export function gnuLongNameEntry(longPath: string, body: string): Buffer {
  const name = Buffer.from(longPath + "\0");
  const meta = Buffer.concat([header({ path: "././@LongLink", type: "NextFileHasLongPath", size: name.length, mtime: new Date(0) }), name, Buffer.alloc((BLOCK - (name.length % BLOCK)) % BLOCK)]);
  return Buffer.concat([meta, entryBytes({ path: longPath.slice(0, 99), body })]);
}

/** A plain tar stream: the entries, then the two zero blocks that end an archive. */
export function tarBytes(entries: (EntrySpec | Buffer)[]): Buffer {
  return Buffer.concat([...entries.map((e) => (Buffer.isBuffer(e) ? e : entryBytes(e))), Buffer.alloc(BLOCK * 2)]);
}

export function tgzBytes(entries: (EntrySpec | Buffer)[]): Buffer {
  return gzipSync(tarBytes(entries), { level: 1 });
}

/** Writes bytes to a fresh temp folder and returns the file's path. */
export function tempFile(name: string, bytes: Buffer | string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mcp-warden-test-"));
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "mcp-warden-test-"));
}

/** A fresh folder holding these files (relative paths, folders made as needed). */
export function packageDir(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}
