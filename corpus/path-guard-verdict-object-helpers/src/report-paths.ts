import { promises as fs, realpathSync } from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(process.env.REPORTS_DIR ?? "./reports");

export interface PathCheck {
  ok: boolean;
  reason?: string;
  absolute?: string;
}

export async function checkReportPath(requested: string): Promise<PathCheck> {
  if (!requested.trim()) {
    return { ok: false, reason: "empty path" };
  }
  const absolute = await fs.realpath(path.resolve(ROOT, requested));
  const rel = path.relative(ROOT, absolute);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    return { ok: false, absolute, reason: `outside ${ROOT}` };
  }
  return { ok: true, absolute };
}

export async function checkUnlessTrusted(requested: string): Promise<PathCheck> {
  const absolute = path.resolve(ROOT, requested);
  if (process.env.REPORTS_TRUSTED === "1") return { ok: true, absolute };
  if (!absolute.startsWith(ROOT + path.sep)) {
    return { ok: false, absolute, reason: "outside" };
  }
  return { ok: true, absolute };
}

const EXPORTS = path.resolve(process.env.EXPORTS_DIR ?? "./exports");

/** The file a path names, symlinks followed when asked (for a new file, its real folder). */
function canonical(p: string, follow: boolean): string {
  if (!follow) return path.resolve(p);
  try {
    return realpathSync(p);
  } catch {
    return path.join(realpathSync(path.dirname(p)), path.basename(p));
  }
}

/** The export folder joined with the path's last part only. */
function flattened(p: string, _follow: boolean): string {
  return path.join(EXPORTS, path.basename(p));
}

export function checkExportTarget(target: string): PathCheck {
  if (!path.isAbsolute(target)) return { ok: false, absolute: target, reason: "must be absolute" };
  const absolute = canonical(target, process.env.FOLLOW_LINKS !== "0");
  if (!absolute.startsWith(EXPORTS + path.sep)) return { ok: false, absolute, reason: `outside ${EXPORTS}` };
  return { ok: true, absolute };
}

export function checkExportName(target: string): PathCheck {
  const absolute = flattened(target, false);
  if (!absolute.startsWith(EXPORTS + path.sep)) return { ok: false, absolute, reason: "outside" };
  return { ok: true, absolute };
}
