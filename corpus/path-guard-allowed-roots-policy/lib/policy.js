import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export class OutsideRootsError extends Error {}

function contains(parent, child) {
  if (parent === child) return true;
  const rel = path.relative(parent, child);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

function realOrSelf(p) {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

export function allowedRoots(extra = []) {
  const fromEnv = (process.env.EXPORT_ROOTS ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return [process.cwd(), os.tmpdir(), ...fromEnv, ...extra].map((r) => realOrSelf(path.resolve(r)));
}

function assertInsideRoots({ given, resolved, roots }) {
  const real = realOrSelf(resolved);
  const root = roots.filter((r) => contains(r, real)).sort((a, b) => b.length - a.length)[0];
  if (!root) {
    throw new OutsideRootsError(`"${given}" is outside the folders this server may write to`);
  }
}

export function resolveOutputDir(dir) {
  const trimmed = String(dir).trim();
  const resolved = path.resolve(trimmed);
  assertInsideRoots({ given: trimmed, resolved, roots: allowedRoots() });
  return resolved;
}

export function resolveOutputDirWith(dir, extraRoot) {
  const resolved = path.resolve(dir);
  assertInsideRoots({ given: dir, resolved, roots: allowedRoots([extraRoot]) });
  return resolved;
}
