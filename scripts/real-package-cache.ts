// Real packages for the benchmark and the real-package evaluation, fetched
// once into the gitignored .cache/ and unpacked there. Tests never come here:
// they use fixtures.
//
// The tarball comes through the scanner's own registry fetching (acquire's
// pacote fetcher, verified against the registry's integrity and cached in
// .cache/registry/); it is checked here again against the manifest's integrity
// and unpacked into a folder, so that timing runs scan files on disk and never
// wait on the network. Nothing in a package is executed.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as tar from "tar";
import { fetchRegistryTarball } from "../analyzer/acquire/npm.js";

/** The repository root, from dist/scripts/ or scripts/. */
export const REPO_ROOT = path.resolve(fileURLToPath(new URL(".", import.meta.url)), import.meta.url.includes("/dist/") ? "../.." : "..");
export const CACHE_DIR = path.join(REPO_ROOT, ".cache");

export interface PackageSpec {
  name: string;
  version: string;
  /** Subresource integrity (`sha512-...`) the tarball must have; checked when given. */
  integrity?: string;
}

export interface CachedPackage {
  spec: string;
  /** The unpacked package folder (what `scan` is pointed at). */
  dir: string;
  tarball: string;
  integrity: string;
}

/** `@scope/name@1.0.0` → `scope__name@1.0.0`, safe as one folder name. */
export function cacheKey(spec: PackageSpec): string {
  return `${spec.name.replace(/^@/, "").replace(/\//g, "__")}@${spec.version}`;
}

export function sha512Integrity(bytes: Buffer): string {
  return `sha512-${createHash("sha512").update(bytes).digest("base64")}`;
}

/** Fetches and unpacks `name@version` unless the cache already holds it with the right integrity. */
export async function fetchPackage(spec: PackageSpec, cacheDir = CACHE_DIR): Promise<CachedPackage> {
  const key = cacheKey(spec);
  const root = path.join(cacheDir, "packages", key);
  const tarball = path.join(root, "package.tgz");
  const dir = path.join(root, "package");
  const label = `${spec.name}@${spec.version}`;
  if (existsSync(tarball) && existsSync(dir)) {
    const integrity = sha512Integrity(await readFile(tarball));
    if (!spec.integrity || spec.integrity === integrity) return { spec: label, dir, tarball, integrity };
  }
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const fetched = await fetchRegistryTarball(label, { cacheDir: path.join(cacheDir, "registry") });
  await writeFile(tarball, fetched.bytes);
  const integrity = sha512Integrity(fetched.bytes);
  if (spec.integrity && spec.integrity !== integrity) {
    await rm(root, { recursive: true, force: true });
    throw new Error(`${label}: integrity ${integrity} does not match the manifest's ${spec.integrity}`);
  }
  await mkdir(dir);
  // strip: 1 drops the tarball's `package/` prefix; tar refuses absolute and `..` paths by default.
  await tar.x({ file: tarball, cwd: dir, strip: 1 });
  await writeFile(path.join(root, "integrity.txt"), `${integrity}\n`);
  return { spec: label, dir, tarball, integrity };
}
