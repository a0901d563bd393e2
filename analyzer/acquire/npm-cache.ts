// Our own small cache of resolved specs and their tarballs, beside pacote's.
// It exists for speed: loading pacote costs more than a whole scan of a small
// package, and a published version's tarball never changes, so an exact
// version (or any spec under --offline) can be served from here without it.
// Every read is checked against the integrity string recorded at fetch time.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

export interface CachedTarball {
  name: string;
  version: string;
  integrity: string;
  resolved?: string;
  bytes: Buffer;
}

interface Resolution {
  spec: string;
  registry: string;
  name: string;
  version: string;
  integrity: string;
  resolved?: string;
}

const DIGESTS = ["sha512", "sha384", "sha256", "sha1"] as const;

/** The strongest hash of an SRI string (`sha512-…`, possibly several, space separated). */
function strongestHash(integrity: string): { algorithm: string; digest: string } | undefined {
  const hashes = integrity.trim().split(/\s+/).map((h) => {
    const dash = h.indexOf("-");
    return { algorithm: h.slice(0, dash), digest: h.slice(dash + 1).replace(/\?.*$/, "") };
  });
  for (const algorithm of DIGESTS) {
    const found = hashes.find((h) => h.algorithm === algorithm);
    if (found) return found;
  }
  return undefined;
}

export function matchesIntegrity(bytes: Buffer, integrity: string): boolean {
  const hash = strongestHash(integrity);
  return !!hash && createHash(hash.algorithm).update(bytes).digest("base64") === hash.digest;
}

function key(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\0")).digest("hex");
}

function resolutionFile(cacheDir: string, registry: string, spec: string): string {
  return path.join(cacheDir, "specs", `${key(registry, spec)}.json`);
}

function tarballFile(cacheDir: string, integrity: string): string {
  return path.join(cacheDir, "tarballs", `${key(integrity)}.tgz`);
}

/** A cached, integrity-checked tarball for this spec, or undefined (never throws). */
export async function readCachedTarball(cacheDir: string, registry: string, spec: string): Promise<CachedTarball | undefined> {
  try {
    const r = JSON.parse(await readFile(resolutionFile(cacheDir, registry, spec), "utf8")) as Resolution;
    if (r.spec !== spec || r.registry !== registry || typeof r.integrity !== "string") return undefined;
    const bytes = await readFile(tarballFile(cacheDir, r.integrity));
    if (!matchesIntegrity(bytes, r.integrity)) return undefined;
    return { name: r.name, version: r.version, integrity: r.integrity, resolved: r.resolved, bytes };
  } catch {
    return undefined;
  }
}

/** Writes atomically (temp file, then rename), so a concurrent scan never reads half a file. Best effort. */
export async function storeCachedTarball(cacheDir: string, registry: string, specs: string[], tarball: CachedTarball): Promise<void> {
  try {
    const unique = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const put = async (file: string, data: Buffer | string) => {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(`${file}.${unique}.tmp`, data);
      await rename(`${file}.${unique}.tmp`, file);
    };
    await put(tarballFile(cacheDir, tarball.integrity), tarball.bytes);
    for (const spec of new Set(specs)) {
      const r: Resolution = { spec, registry, name: tarball.name, version: tarball.version, integrity: tarball.integrity, resolved: tarball.resolved };
      await put(resolutionFile(cacheDir, registry, spec), JSON.stringify(r));
    }
  } catch {
    // A cache we cannot write only makes the next scan slower.
  }
}
