import { promises as fs } from "node:fs";
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
