// acquire: turn a target (npm spec, tarball, folder) into a PackageSource.
// The target's code and lifecycle scripts never run here.
import { stat } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic, PackageSource, SourceFile, TargetKind } from "../types.js";
import { walkDirectory } from "./directory.js";
import { AcquireError } from "./errors.js";
import { type AcquireLimits, DEFAULT_LIMITS } from "./limits.js";
import { readManifest } from "./manifest.js";
import { fetchRegistryTarball, type RegistryOptions } from "./npm.js";
import { type ExtractResult, readTarballBytes, readTarballFile } from "./tarball.js";

export { DEFAULT_LIMITS, type AcquireLimits } from "./limits.js";
export { AcquireError } from "./errors.js";
export { defaultCacheDir } from "./npm.js";

export interface AcquireOptions extends Partial<AcquireLimits>, RegistryOptions {}

export async function classifyTarget(target: string): Promise<TargetKind> {
  const st = await stat(target).catch(() => undefined);
  if (st?.isDirectory()) return "directory";
  if (st?.isFile()) {
    if (/\.(tgz|tar\.gz|tar)$/i.test(target)) return "tarball";
    throw new AcquireError(`${target} is a file but not a .tgz tarball; give a package folder, a .tgz or an npm spec`);
  }
  if (/^[.~/\\]/.test(target) || /\.(tgz|tar\.gz)$/i.test(target)) {
    throw new AcquireError(`${target} does not exist`);
  }
  return "npm";
}

/** Builds the PackageSource from files already read: shared by every target kind. */
export function packageFromFiles(
  target: string,
  kind: TargetKind,
  origin: string,
  files: SourceFile[],
  diagnostics: Diagnostic[],
  counts: { seen: number; skipped: number },
): PackageSource {
  const manifestFile = files.find((f) => f.path === "package.json");
  const manifestText = manifestFile?.bytes.toString("utf8");
  const facts = readManifest(manifestText, diagnostics);
  facts.filesSeen = counts.seen;
  facts.filesSkipped = counts.skipped;
  facts.files = files.map((f) => f.path);
  if (!manifestFile) {
    diagnostics.push({ level: "note", code: "no-package-json", message: "no package.json at the top of the target; package facts and lifecycle scripts are unknown" });
  }
  return { target, kind, origin, files, facts, manifestText, diagnostics };
}

export async function acquire(target: string, options: AcquireOptions = {}): Promise<PackageSource> {
  const limits: AcquireLimits = { ...DEFAULT_LIMITS, ...definedOnly(options) };
  const kind = await classifyTarget(target);
  const diagnostics: Diagnostic[] = [];
  if (kind === "directory") {
    const root = path.resolve(target);
    const walked = await walkDirectory(root, limits, diagnostics);
    if (walked.files.length === 0) {
      diagnostics.push({ level: "warning", code: "empty-target", message: `${target} holds no files to scan` });
    }
    return packageFromFiles(target, kind, root, walked.files, diagnostics, walked);
  }
  let extracted: ExtractResult;
  let resolved: string | undefined;
  let integrity: string;
  if (kind === "tarball") {
    extracted = await readTarballFile(target, limits, diagnostics);
    integrity = extracted.integrity;
  } else {
    const fetched = await fetchRegistryTarball(target, options);
    extracted = await readTarballBytes(fetched.bytes, target, limits, diagnostics);
    integrity = fetched.integrity ?? extracted.integrity;
    resolved = fetched.resolved;
  }
  if (extracted.files.length === 0) {
    diagnostics.push({ level: "warning", code: "empty-target", message: `${target} holds no files to scan` });
  }
  const source = packageFromFiles(target, kind, target, extracted.files, diagnostics, extracted);
  source.facts.integrity = integrity;
  source.facts.resolved = resolved;
  return source;
}

function definedOnly(o: Partial<AcquireLimits>): Partial<AcquireLimits> {
  const out: Partial<AcquireLimits> = {};
  if (o.maxFileSize !== undefined) out.maxFileSize = o.maxFileSize;
  if (o.maxFiles !== undefined) out.maxFiles = o.maxFiles;
  if (o.maxTotalSize !== undefined) out.maxTotalSize = o.maxTotalSize;
  if (o.includeTests !== undefined) out.includeTests = o.includeTests;
  if (o.maxUnpackedSize !== undefined) out.maxUnpackedSize = o.maxUnpackedSize;
  return out;
}
